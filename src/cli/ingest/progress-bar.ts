import type { TextOutput } from '../cli-context.js';

/** Bar width in characters. */
const WIDTH = 24;

/**
 * A one-line progress bar on a terminal (`\r`-redrawn): finished jobs out of all jobs, and failures.
 * `clear()` wipes the line so that a log line can be written.
 */
export function progressBar(out: TextOutput): { update(jobs: Record<string, number>): void; clear(): void } {
  let drawn = false;
  return {
    update(jobs) {
      const done = (jobs.done ?? 0) + (jobs.failed ?? 0);
      const total = done + (jobs.queued ?? 0) + (jobs.running ?? 0);
      const filled = total === 0 ? WIDTH : Math.round((WIDTH * done) / total);
      const failed = jobs.failed ? ` · ${jobs.failed} failed` : '';
      out.write(`\r\x1b[Ksitrep: [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} jobs${failed}`);
      drawn = true;
    },
    clear() {
      if (drawn) out.write('\r\x1b[K');
      drawn = false;
    },
  };
}
