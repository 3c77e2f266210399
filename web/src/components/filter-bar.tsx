import { useState, type FormEvent } from 'react';
import type { ApiActorCount } from '../../../src/api/api-types.js';
import { PLOVER_TYPES } from '../codes.js';
import { useApi } from '../use-api.js';
import { EMPTY_VIEW, type ViewState } from '../view-state.js';

interface Props {
  view: ViewState;
  onApply: (next: ViewState) => void;
}

/** The filter form: actors, dates, PLOVER types, free text. Applies on submit (Enter or the button). */
export function FilterBar({ view, onApply }: Props) {
  const [draft, setDraft] = useState(view);
  const lastActor = draft.actor.split(/[\s,]+/).at(-1) ?? '';
  const suggestions = useApi<ApiActorCount[]>(lastActor.length >= 2 ? '/actors' : null, new URLSearchParams({ q: lastActor, limit: '12' }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, event: null });
  };
  const toggleType = (type: string) =>
    setDraft((previous) => ({
      ...previous,
      plover: previous.plover.includes(type) ? previous.plover.filter((t) => t !== type) : [...previous.plover, type],
    }));

  return (
    <form className="filter-bar" onSubmit={submit} role="search" aria-label="Filter events">
      <label>
        Actors
        <input
          name="actor"
          value={draft.actor}
          placeholder="PRK, RUSGOV"
          list="actor-suggestions"
          autoComplete="off"
          onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
          title="CAMEO actor codes or prefixes, comma-separated: events with any of them as source or target"
        />
        <datalist id="actor-suggestions">
          {(suggestions.data ?? []).map((actor) => (
            <option key={actor.code} value={replaceLast(draft.actor, actor.code)}>
              {actor.name} ({actor.count})
            </option>
          ))}
        </datalist>
      </label>
      <label>
        From
        <input name="from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      </label>
      <label>
        To
        <input name="to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      </label>
      <details
        className="type-picker"
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.open = false;
        }}
      >
        <summary>Types: {draft.plover.length === 0 ? 'all' : draft.plover.join(', ')}</summary>
        <fieldset>
          <legend>PLOVER event types</legend>
          {PLOVER_TYPES.filter((entry) => entry.type !== '-').map((entry) => (
            <label key={entry.type} className="type-option" title={entry.meaning}>
              <input type="checkbox" name="plover" value={entry.type} checked={draft.plover.includes(entry.type)} onChange={() => toggleType(entry.type)} />
              <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
              {entry.type}
            </label>
          ))}
        </fieldset>
      </details>
      <label className="grow">
        Text
        <input name="q" type="search" value={draft.q} placeholder="words in the sentence, missile*" onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
      </label>
      <label title="List and count every report of a happening, or each merged event once (through its first report)">
        Reports
        <select name="unit" value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: e.target.value === 'event' ? 'event' : 'mention' })}>
          <option value="mention">every report</option>
          <option value="event">one per event</option>
        </select>
      </label>
      <button type="submit">Apply</button>
      <button type="button" className="secondary" onClick={() => onApply({ ...EMPTY_VIEW, by: view.by, unit: view.unit })}>
        Clear
      </button>
    </form>
  );
}

/** The actor list with its last (partly typed) code replaced by `code`. */
function replaceLast(list: string, code: string): string {
  const parts = list.split(',');
  parts[parts.length - 1] = parts.length > 1 ? ` ${code}` : code;
  return parts.join(',');
}
