/** A per-item failure that trying again will not fix (no article text, a cookie wall, not a page). */
export class PermanentJobError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'PermanentJobError';
    this.code = code;
  }
}
