/**
 * An absolute http(s) URL from a possibly relative one, resolved against `base`; null for anything else
 * (javascript:, data:, mailto:, a malformed URL, or a relative URL without a base).
 */
export function absoluteHttpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
