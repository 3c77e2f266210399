/**
 * Whether a fetched body is a feed (RSS, RDF, Atom, JSON Feed) rather than a page: by Content-Type
 * (rss/atom/feed+json, or XML that is not XHTML), else by its first element or JSON Feed's `version`.
 */
export function looksLikeFeed(text: string, contentType: string | null): boolean {
  const type = (contentType ?? '').toLowerCase();
  if (/rss|atom|feed\+json|rdf/.test(type)) return true;
  const start = text
    .replace(/^\uFEFF/, '')
    .slice(0, 2_000)
    .replace(/<\?xml[^>]*\?>/i, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?xml-stylesheet[^>]*\?>/gi, '')
    .trimStart();
  if (/^<(rss|feed|rdf:RDF)[\s>]/i.test(start)) return true;
  if (start.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start);
  return /xml/.test(type) && !/xhtml/.test(type) && !/^<(!doctype\s+html|html)/i.test(start);
}
