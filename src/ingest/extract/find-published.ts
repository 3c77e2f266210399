import { utcDateOf } from '../calendar-date.js';

/** Meta tags that carry the publication time, most trusted first (name, property or itemprop). */
const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publishdate',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'citation_publication_date',
  'date',
  'article.published',
  'cxenseparse:recs:publishtime',
];

/** Where the publication date was found. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'readability' | 'url';

/** Page evidence for the publication date, gathered before the DOM is changed. */
export interface DateEvidence {
  jsonLd: string | null;
  /** Meta tags as lower-cased name → content (first occurrence). */
  meta: ReadonlyMap<string, string>;
  /** `datetime` of `<time>` elements, those marked as publication first. */
  times: readonly string[];
  readability: string | null;
  url: string | null;
}

/**
 * The publication date (`YYYY-MM-DD`, UTC) from, in order: JSON-LD `datePublished`, meta tags, `<time
 * datetime>`, Readability's metadata, then a date in the URL (`/2023/09/13/`, `2023-09-13`, `20230913`).
 * Null when none gives a real day.
 */
export function findPublished(evidence: DateEvidence): { date: string; source: DateSource } | null {
  const candidates: [DateSource, string | null | undefined][] = [
    ['json-ld', evidence.jsonLd],
    ...META_NAMES.map((name): [DateSource, string | undefined] => ['meta', evidence.meta.get(name)]),
    ...evidence.times.map((time): [DateSource, string] => ['time', time]),
    ['readability', evidence.readability],
  ];
  for (const [source, value] of candidates) {
    const date = value ? readDate(value) : null;
    if (date) return { date, source };
  }
  const fromUrl = evidence.url ? dateInUrl(evidence.url) : null;
  return fromUrl ? { date: fromUrl, source: 'url' } : null;
}

/** ISO 8601 dates and timestamps (with `+0100` offsets and a space before the time), else Date.parse. */
function readDate(value: string): string | null {
  const trimmed = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const iso = utcDateOf(trimmed.replace(' ', 'T')) ?? utcDateOf(trimmed);
  if (iso) return plausible(iso);
  if (!/[a-z]{3}|\d{4}/i.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : plausible(new Date(time).toISOString().slice(0, 10));
}

function dateInUrl(url: string): string | null {
  const match = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url.replace(/[?#].*$/, ''));
  return match ? plausible(utcDateOf(`${match[1]}-${match[2]}-${match[3]}`)) : null;
}

function plausible(date: string | null): string | null {
  return date && date >= '1990-01-01' && date <= '2100-01-01' ? date : null;
}
