/** Where log lines go. */
export interface LineWriter {
  write(chunk: string): unknown;
}

/** Fields of one log line; ids first by convention (`job_id`, `feed_id`, `article_id`, `url`). */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** A structured logger: `event` names what happened with a stable snake_case name. */
export interface JobLogger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/**
 * A logger writing one JSON object per line: `{"time", "level", "event", …fields}` with fields in the order
 * given and undefined fields left out. `now` is the clock.
 * @example jsonLogger(process.stdout).info('article_stored', { job_id: 7, article_id: 'a1', url: 'https://…' })
 */
export function jsonLogger(out: LineWriter, now: () => Date = () => new Date()): JobLogger {
  const line = (level: string, event: string, fields: LogFields = {}) => {
    out.write(`${JSON.stringify({ time: now().toISOString(), level, event, ...fields })}\n`);
  };
  return {
    info: (event, fields) => line('info', event, fields),
    warn: (event, fields) => line('warn', event, fields),
    error: (event, fields) => line('error', event, fields),
  };
}

/** A logger that drops everything. */
export const SILENT_LOGGER: JobLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
