import { parseOpml as feedsmithParseOpml } from 'feedsmith';
import { FeedError } from './feed-error.js';

/** A feed listed in an OPML file. */
export interface OpmlFeed {
  /** Absolute http(s) URL of the feed (`xmlUrl`). */
  url: string;
  title: string | null;
  /** `ignoreRobots="true"` on the outline: robots.txt is not obeyed for this feed (a per-source opt-out). */
  ignoreRobots: boolean;
}

type Outline = { xmlUrl?: unknown; text?: unknown; title?: unknown; ignoreRobots?: unknown; outlines?: Outline[] };

/**
 * The feeds of an OPML subscription list: every outline with an `xmlUrl`, at any depth, in document order,
 * each URL once. Relative or non-http URLs are skipped. sitrep reads one attribute of its own,
 * `ignoreRobots="true"`.
 * @throws FeedError when the text is not OPML.
 */
export function parseOpml(text: string): OpmlFeed[] {
  let opml: { body?: { outlines?: Outline[] } };
  try {
    opml = feedsmithParseOpml(text.replace(/^\uFEFF/, '').trimStart(), { extraOutlineAttributes: ['ignoreRobots'] }) as typeof opml;
  } catch (error) {
    throw new FeedError(`not a readable OPML file (${(error as Error).message})`, { cause: error });
  }
  const feeds = new Map<string, OpmlFeed>();
  const walk = (outlines: Outline[] | undefined) => {
    for (const outline of outlines ?? []) {
      const url = typeof outline.xmlUrl === 'string' ? httpUrl(outline.xmlUrl.trim()) : null;
      if (url && !feeds.has(url)) {
        const title = [outline.title, outline.text].find((value) => typeof value === 'string' && value.trim() !== '');
        feeds.set(url, { url, title: typeof title === 'string' ? title.trim() : null, ignoreRobots: outline.ignoreRobots === 'true' });
      }
      walk(outline.outlines);
    }
  };
  walk(opml.body?.outlines);
  return [...feeds.values()];
}

function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
