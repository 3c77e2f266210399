/** What the dashboard shows: the filters, the timeline's stacking and the selected event. Kept in the URL. */
export interface ViewState {
  /** Actor code prefixes, comma-separated as typed ("PRK, RUS"). */
  actor: string;
  from: string;
  to: string;
  plover: string[];
  q: string;
  by: 'plover' | 'quad_class';
  /** What a row and a count stand for: every report (`mention`) or each merged event once (`event`). */
  unit: 'mention' | 'event';
  event: number | null;
}

export const EMPTY_VIEW: ViewState = { actor: '', from: '', to: '', plover: [], q: '', by: 'plover', unit: 'mention', event: null };

/** The view in a query string (`?actor=PRK&plover=CONSULT,AGREE&event=12`). */
export function readView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const event = Number(params.get('event'));
  return {
    actor: params.get('actor') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    plover: (params.get('plover') ?? '').split(',').filter((type) => type !== ''),
    q: params.get('q') ?? '',
    by: params.get('by') === 'quad_class' ? 'quad_class' : 'plover',
    unit: params.get('unit') === 'event' ? 'event' : 'mention',
    event: Number.isSafeInteger(event) && event > 0 ? event : null,
  };
}

export function writeView(view: ViewState): string {
  const params = filterParams(view);
  if (view.by !== 'plover') params.set('by', view.by);
  if (view.event !== null) params.set('event', String(view.event));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The API filter parameters of the view. */
export function filterParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const actors = view.actor.split(/[\s,]+/).filter((code) => code !== '').map((code) => code.toUpperCase());
  if (actors.length > 0) params.set('actor', actors.join(','));
  if (view.from !== '') params.set('from', view.from);
  if (view.to !== '') params.set('to', view.to);
  if (view.plover.length > 0) params.set('plover', view.plover.join(','));
  if (view.q.trim() !== '') params.set('q', view.q.trim());
  if (view.unit === 'event') params.set('unit', 'event');
  return params;
}
