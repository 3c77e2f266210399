import type { ActorRef, CodedArticle, CodedEvent } from '../../core/coded-event.js';

interface Column {
  header: string;
  /** Widest the column may be, in characters. */
  max: number;
  cell: (event: CodedEvent) => string;
}

const COLUMNS: readonly Column[] = [
  { header: 'DATE', max: 10, cell: (e) => e.date },
  { header: 'SOURCE', max: 14, cell: (e) => actor(e.source) },
  { header: 'EVENT', max: 30, cell: (e) => `${e.cameo} ${e.cameo_name}` },
  { header: 'TARGET', max: 14, cell: (e) => (e.target ? actor(e.target) : '-') },
  { header: 'PLOVER', max: 18, cell: (e) => [e.plover.event, e.plover.mode].filter(Boolean).join('/') },
  { header: 'MODALITY', max: 9, cell: (e) => e.modality },
];
const GAP = '  ';
/** The sentence column is never narrower than this, even on a narrow terminal. */
const MIN_SENTENCE = 20;

/**
 * A text table for reading in a terminal: per article a heading line (id, publication date, event count), then
 * one row per event (date, source, CAMEO code and name, target, PLOVER event/mode, modality, the sentence cut to
 * fit). The whole table fits in `width` columns; cut cells end with `…`.
 */
export function formatTable(articles: readonly CodedArticle[], width: number): string {
  const events = articles.flatMap((article) => article.events);
  const widths = COLUMNS.map((column) => {
    const widest = events.reduce((w, event) => Math.max(w, length(clean(column.cell(event)))), column.header.length);
    return Math.min(column.max, widest);
  });
  const used = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  const sentenceWidth = Math.max(MIN_SENTENCE, width - used);
  const line = (cells: readonly string[], sentence: string) =>
    [...cells.map((cell, i) => pad(fit(cell, widths[i]!), widths[i]!)), fit(sentence, sentenceWidth)].join(GAP).trimEnd();
  const blocks = articles.map((article) => {
    const count = article.events.length;
    const heading = `${clean(article.id)}  ${article.published}  ${count === 0 ? 'no events' : plural(count, 'event')}`;
    if (count === 0) return heading;
    const header = line(COLUMNS.map((column) => column.header), 'SENTENCE');
    const rows = article.events.map((event) => line(COLUMNS.map((column) => clean(column.cell(event))), clean(event.sentence)));
    return [heading, header, ...rows].join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function actor(ref: ActorRef): string {
  return ref.code || ref.text;
}

/** One line: every run of whitespace (newlines included) becomes one space. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function length(text: string): number {
  return Array.from(text).length;
}

function fit(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)));
}
