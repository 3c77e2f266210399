import * as chrono from 'chrono-node';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Cheap test before calling chrono-node: does the sentence hold anything date-like? */
const DATE_CUE = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today|tonight|tomorrow|ago|last|next|earlier|later)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b/i;

/**
 * The date of an event told in `sentence`, ISO 8601 `YYYY-MM-DD`, given the article's publication date.
 * Default: the publication date. A weekday alone means the most recent such day on or before publication
 * (on or after it when `future`); "yesterday", "last week", "on 12 September" and other expressions with a
 * known day come from chrono-node. Dates after publication are kept only for future events.
 */
export function eventDate(sentence: string, published: string, future: boolean): string {
  if (!DATE_CUE.test(sentence)) return published;
  const ref = new Date(`${published}T12:00:00Z`);
  const weekday = /\b(?:on|last|this)?\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(sentence);
  if (weekday && !/\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)[, ]+\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(sentence)) {
    const wanted = WEEKDAYS.indexOf((weekday[1] as string).toLowerCase());
    const today = ref.getUTCDay();
    const next = /\bnext\s+\w+day\b/i.test(weekday[0]) || future;
    const delta = next ? (wanted - today + 7) % 7 : -((today - wanted + 7) % 7);
    return shift(published, delta);
  }
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(sentence, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
  } catch {
    return published;
  }
  for (const r of results) {
    if (!r.start.isCertain('day') && !/\b(yesterday|today|tomorrow|ago|last week)\b/i.test(r.text)) continue;
    const y = r.start.get('year');
    const m = r.start.get('month');
    const d = r.start.get('day');
    if (!y || !m || !d) continue;
    const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (iso > published && !future) continue;
    return iso;
  }
  return published;
}

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
