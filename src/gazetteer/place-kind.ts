/** Kinds of place in the gazetteer (how a name names a place, e.g. as an adjective, is a NameForm). */
export const PLACE_KINDS = ['country', 'adm1', 'city', 'capital', 'continent', 'region', 'sea', 'site', 'base', 'crossing'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
