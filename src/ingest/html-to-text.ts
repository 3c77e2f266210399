/** Elements that start a new paragraph of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tr', 'ul',
]);
/** Elements whose content is never text of the page. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/** HTML's own whitespace: not U+00A0 and other Unicode spaces, which are text. */
const HTML_SPACE = /[ \t\n\f\r]+/g;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The readable text of a DOM subtree: one paragraph per block element, separated by a blank line; `<br>` is a
 * line break; runs of HTML whitespace inside a paragraph become one space; table cells are separated by a space.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current.split('\n').map((line) => line.replace(HTML_SPACE, ' ').trim());
    const paragraph = lines.filter((line) => line !== '').join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        current += (child.nodeValue ?? '').replace(HTML_SPACE, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).localName.toLowerCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'br') current += '\n';
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
          if (tag === 'td' || tag === 'th') current += ' ';
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
