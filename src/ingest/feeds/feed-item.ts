/** One entry of a feed, the same whatever the feed's format. */
export interface FeedItem {
  /** Stable identity within the feed: the GUID or id the feed gives, else the link, else a hash of the entry. */
  guid: string;
  /** Absolute http(s) URL of the article, or null when the entry has none. */
  url: string | null;
  title: string | null;
  /** Publication time as an ISO 8601 UTC timestamp, or null when absent or unreadable. */
  published: string | null;
  author: string | null;
  /** The entry's summary or full content as the feed gives it (often HTML), or null. */
  content: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  /** The site the feed belongs to (absolute URL), when it says. */
  siteUrl: string | null;
  items: FeedItem[];
}
