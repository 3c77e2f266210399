import { createHash } from 'node:crypto';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseFeedDate } from './feed-date.js';
import { FeedError } from './feed-error.js';
import type { FeedItem, ParsedFeed } from './feed-item.js';
import { absoluteHttpUrl } from '../normalize/absolute-url.js';

type Entry = Record<string, unknown>;

/**
 * Parses an RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed 1.x document (feedsmith) into a `ParsedFeed`:
 * relative links resolved against the feed's site link, itself resolved against `feedUrl`; dates as UTC
 * timestamps (`parseFeedDate`); a GUID for every item (the feed's own, else the link, else a hash of title
 * and content). Entries with neither link nor title nor content are dropped.
 * @throws FeedError when the text is no feed or is too malformed to read.
 * @example parseFeed(xml, 'https://example.org/rss').items[0].url
 */
export function parseFeed(text: string, feedUrl: string): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = feedsmithParse(text.replace(/^\uFEFF/, '').trimStart()) as { format: string; feed: unknown };
  } catch (error) {
    throw new FeedError(`not a readable feed (${(error as Error).message})`, { cause: error });
  }
  const feed = (parsed.feed ?? {}) as Entry;
  const format = parsed.format as ParsedFeed['format'];
  const site = absolute(format === 'atom' ? atomLink(feed.links) : format === 'json' ? feed.home_page_url : feed.link, feedUrl);
  const base = site ?? feedUrl;
  const entries = asArray(format === 'atom' ? feed.entries : feed.items) as Entry[];
  const items = entries.map((entry) => normalise(format, entry, base)).filter((item): item is FeedItem => item !== null);
  return { format, title: text1(feed.title), siteUrl: site, items };
}

function normalise(format: ParsedFeed['format'], entry: Entry, base: string): FeedItem | null {
  const fields = read(format, entry);
  const url = absolute(fields.link, base);
  const title = plain(text1(fields.title));
  const content = text1(fields.content);
  if (!url && !title && !content) return null;
  const guid = text1(fields.guid) ?? url ?? hash(`${title ?? ''}\n${content ?? ''}`);
  return { guid, url, title, published: parseFeedDate(fields.published), author: text1(fields.author), content };
}

interface Fields {
  link: unknown;
  title: unknown;
  guid: unknown;
  published: unknown;
  author: unknown;
  content: unknown;
}

function read(format: ParsedFeed['format'], entry: Entry): Fields {
  const dc = (entry.dc ?? {}) as Entry;
  const dcDate = asArray(dc.dates)[0] ?? dc.date;
  const dcCreator = asArray(dc.creators)[0] ?? dc.creator;
  switch (format) {
    case 'atom':
      return {
        link: atomLink(entry.links),
        title: entry.title,
        guid: entry.id,
        published: entry.published ?? entry.updated ?? dcDate,
        author: (asArray(entry.authors)[0] as Entry | undefined)?.name ?? dcCreator,
        content: entry.content ?? entry.summary,
      };
    case 'json':
      return {
        link: entry.url ?? entry.external_url,
        title: entry.title,
        guid: entry.id,
        published: entry.date_published ?? entry.date_modified,
        author: (asArray(entry.authors)[0] as Entry | undefined)?.name ?? (entry.author as Entry | undefined)?.name,
        content: entry.content_html ?? entry.content_text ?? entry.summary,
      };
    case 'rss':
    case 'rdf': {
      const guid = entry.guid as Entry | string | undefined;
      const guidValue = typeof guid === 'object' ? guid.value : guid;
      const permalink = typeof guid === 'object' && guid.isPermaLink !== false ? guidValue : undefined;
      return {
        link: entry.link ?? permalink ?? (entry.rdf as Entry | undefined)?.about,
        title: entry.title,
        guid: guidValue ?? (entry.rdf as Entry | undefined)?.about,
        published: entry.pubDate ?? dcDate,
        author: asArray(entry.authors)[0] ?? entry.author ?? dcCreator,
        content: (entry.content as Entry | undefined)?.encoded ?? entry.description,
      };
    }
  }
}

/** The `alternate` (or first untyped) link of an Atom feed or entry. */
function atomLink(links: unknown): unknown {
  const list = asArray(links) as Entry[];
  return (list.find((link) => link.rel === 'alternate') ?? list.find((link) => link.rel === undefined) ?? list[0])?.href;
}

/** Text without markup (Atom and RSS titles may carry escaped HTML), on one line. */
function plain(value: string | null): string | null {
  if (value === null) return null;
  const text = value.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** An absolute http(s) URL from a possibly relative one, or null. */
function absolute(value: unknown, base: string): string | null {
  return absoluteHttpUrl(text1(value), base);
}

/** Trimmed non-empty text from a string or an Atom/feedsmith text construct (`{ value }`). */
function text1(value: unknown): string | null {
  const raw = typeof value === 'object' && value !== null ? (value as Entry).value : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const trimmed = String(raw).trim();
  return trimmed === '' ? null : trimmed;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hash(text: string): string {
  return `sha1:${createHash('sha1').update(text).digest('hex')}`;
}
