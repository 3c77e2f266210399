/**
 * A gold-standard event: acceptable source and target actor codes (CAMEO style; empty targets = no target),
 * the PLOVER type, and optionally acceptable CAMEO codes and the modality.
 */
export interface GoldEvent {
  sources: string[];
  targets: string[];
  plover: string;
  /** Acceptable PLOVER types when a set allows several (the seed's `plover_any`); includes `plover`. */
  ploverAny: string[];
  cameo: string[];
  modality: string | null;
  /** Optional events count when found but are not missed when absent. */
  optional: boolean;
  label: string;
}

/** One gold record: a text (sentence or article), its publication date and its events. */
export interface GoldCase {
  id: string;
  text: string;
  published: string;
  events: GoldEvent[];
}

/** A named gold set, read from one file. */
export interface GoldSet {
  name: string;
  path: string;
  kind: 'plover-gsr' | 'sitrep-jsonl' | 'seed-expected';
  cases: GoldCase[];
}
