/** A `cursor` that this server did not hand out (or for another sort order). */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this server handed out for this sort order');
    this.name = 'InvalidCursorError';
  }
}
