/** Politeness per host: how many requests at once and how far apart they start. */
export interface HostLimits {
  /** Requests in flight to one host at a time (≥ 1). */
  concurrency: number;
  /** Least time between the starts of two requests to one host, in milliseconds (0: no spacing). */
  intervalMs: number;
}

interface HostState {
  active: number;
  /** Earliest time (epoch ms) the next request may start. */
  nextStart: number;
  waiting: (() => void)[];
}

/**
 * Runs tasks with per-host limits: at most `concurrency` at once per host, started at least `intervalMs`
 * apart; `pause(host, ms)` holds a host back (Retry-After, robots.txt Crawl-delay). Hosts do not wait on each
 * other.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  constructor(private readonly limits: HostLimits) {}

  /** Runs `task` when `host` has a free slot and its spacing allows; resolves or rejects with the task. */
  async run<T>(host: string, task: () => Promise<T>, intervalMs = this.limits.intervalMs): Promise<T> {
    const state = this.state(host);
    while (state.active >= this.limits.concurrency) await new Promise<void>((resolve) => state.waiting.push(resolve));
    state.active += 1;
    try {
      const wait = state.nextStart - Date.now();
      state.nextStart = Math.max(state.nextStart, Date.now()) + intervalMs;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return await task();
    } finally {
      state.active -= 1;
      state.waiting.shift()?.();
      if (state.active === 0 && state.waiting.length === 0 && state.nextStart <= Date.now()) this.hosts.delete(host);
    }
  }

  /** Lets no new request to `host` start for `ms` milliseconds from now. */
  pause(host: string, ms: number): void {
    const state = this.state(host);
    state.nextStart = Math.max(state.nextStart, Date.now() + ms);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }
}
