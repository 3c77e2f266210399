/** A feed or OPML document that cannot be read: not a feed, malformed XML or JSON. A per-feed failure. */
export class FeedError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedError';
  }
}
