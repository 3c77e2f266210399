/** Query parameters that track a click, not identify a page (exact names; `utm_*` by prefix). */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'ocid', 'cmpid', 'smid', 'smtyp', 'ref_src', 'ref_url', 'twclid', 'li_fat_id', 'mkt_tok', 'oly_anon_id',
  'oly_enc_id', 'vero_id', 'wt_mc', 'cmp', 'at_medium', 'at_campaign', 'rss', 'ito', 'spm',
]);

/**
 * The canonical form of an article URL, to recognise one page under several URLs: scheme and host
 * lower-cased, default port, fragment and trailing slash dropped, tracking parameters (`utm_*`, fbclid,
 * gclid …) removed and the other parameters sorted; `index.html`-style paths kept. Returns the input trimmed
 * when it is not an http(s) URL.
 * @example canonicalUrl('HTTPS://News.Example:443/world/story/?utm_source=rss&b=2&a=1#top')
 *   // 'https://news.example/world/story?a=1&b=2'
 */
export function canonicalUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return input.trim();
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => {
    const lower = name.toLowerCase();
    return !lower.startsWith('utm_') && !TRACKING.has(lower);
  });
  kept.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}

/** The site of a URL for counting sources: its host name without `www.` (`www.bbc.co.uk` → `bbc.co.uk`). */
export function siteOf(input: string): string | null {
  try {
    const host = new URL(input).hostname.toLowerCase();
    return host.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}
