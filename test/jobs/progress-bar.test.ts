import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/ingest/progress-bar.js';

describe('progressBar', () => {
  it('draws finished jobs out of all, with failures, and clears its line', () => {
    let out = '';
    const bar = progressBar({ write: (chunk: string) => (out += chunk), isTTY: true });
    bar.update({ done: 3, failed: 1, queued: 4 });
    expect(out).toBe('\r\x1b[Ksitrep: [############............] 4/8 jobs · 1 failed');
    bar.clear();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });
});
