/** What a page's JSON-LD says about its article (schema.org NewsArticle, Article, BlogPosting …). */
export interface JsonLdArticle {
  headline: string | null;
  articleBody: string | null;
  datePublished: string | null;
  authors: string[];
  url: string | null;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPES = /Article$|^BlogPosting$|^ReportageNewsArticle$|^LiveBlogPosting$|^Report$|^WebPage$/;

/**
 * Reads every `<script type="application/ld+json">` block (arrays and `@graph` included; a block that is not
 * valid JSON is skipped) and returns the first node typed as an article, preferring `*Article` types over
 * `WebPage`, or null when there is none.
 */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  const nodes: Node[] = [];
  for (const script of scripts) {
    try {
      collect(JSON.parse(script.trim().replace(/^<!--|-->$/g, '')), nodes);
    } catch {
      // Invalid JSON-LD is common; the page's other metadata still counts.
    }
  }
  const typed = (pattern: RegExp) => nodes.find((node) => types(node).some((type) => pattern.test(type)));
  const node = typed(/Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/) ?? typed(ARTICLE_TYPES);
  if (!node) return null;
  return {
    headline: text(node.headline) ?? text(node.name),
    articleBody: text(node.articleBody),
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    authors: people(node.author),
    url: text(node.url) ?? text((node.mainEntityOfPage as Node | undefined)?.['@id']),
  };
}

function collect(value: unknown, into: Node[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (typeof value === 'object' && value !== null) {
    const node = value as Node;
    into.push(node);
    if (node['@graph']) collect(node['@graph'], into);
  }
}

function types(node: Node): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function people(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .map((person) => (typeof person === 'string' ? person : text((person as Node | null)?.name)))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '' && !/^https?:\/\//.test(name))
    .map((name) => name.trim());
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
