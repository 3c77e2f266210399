/**
 * What the codes mean, for people: PLOVER event types (ordered from cooperation to conflict, each with a colour),
 * QuadClasses and modalities. Wording is our own summary of the PLOVER and CAMEO codebooks.
 */
export const PLOVER_TYPES: readonly { type: string; colour: string; meaning: string }[] = [
  { type: 'AGREE', colour: '#1b7837', meaning: 'agree to or sign an agreement, promise, or settlement' },
  { type: 'CONSULT', colour: '#5aae61', meaning: 'meet, visit, negotiate or talk' },
  { type: 'SUPPORT', colour: '#a6dba0', meaning: 'praise, endorse or express support' },
  { type: 'CONCEDE', colour: '#2166ac', meaning: 'yield: ease sanctions, release, allow' },
  { type: 'COOPERATE', colour: '#4393c3', meaning: 'cooperate in practice: share intelligence, trade, judicial help' },
  { type: 'AID', colour: '#92c5de', meaning: 'give economic, military or humanitarian aid' },
  { type: 'RETREAT', colour: '#b2abd2', meaning: 'withdraw, demobilise, de-escalate' },
  { type: 'REQUEST', colour: '#8073ac', meaning: 'ask, appeal or demand' },
  { type: 'ACCUSE', colour: '#fee090', meaning: 'accuse, criticise, investigate' },
  { type: 'REJECT', colour: '#fdb863', meaning: 'reject, refuse, veto' },
  { type: 'THREATEN', colour: '#f46d43', meaning: 'threaten, give an ultimatum' },
  { type: 'PROTEST', colour: '#e08214', meaning: 'demonstrate, strike, riot' },
  { type: 'SANCTION', colour: '#b35806', meaning: 'impose sanctions, expel, break relations' },
  { type: 'MOBILIZE', colour: '#d6604d', meaning: 'show or mobilise force, test weapons' },
  { type: 'COERCE', colour: '#b2182b', meaning: 'arrest, seize, repress, blockade' },
  { type: 'ASSAULT', colour: '#67001f', meaning: 'attack, fight, kill' },
  { type: '-', colour: '#9e9e9e', meaning: 'public statement: no PLOVER type' },
];

export function ploverColour(type: string): string {
  return PLOVER_TYPES.find((entry) => entry.type === type)?.colour ?? '#777777';
}

export const QUAD_CLASSES: Readonly<Record<string, { name: string; colour: string }>> = {
  '1': { name: 'Verbal cooperation', colour: '#4393c3' },
  '2': { name: 'Material cooperation', colour: '#1b7837' },
  '3': { name: 'Verbal conflict', colour: '#f4a582' },
  '4': { name: 'Material conflict', colour: '#b2182b' },
};

export const MODALITIES: Readonly<Record<string, string>> = {
  asserted: 'stated as fact',
  negated: 'stated as not happening ("did not meet")',
  hedged: 'uncertain ("may", "reportedly", "analysts suggest")',
  intended: 'announced for the future ("plans to", "vowed to", "will")',
};

/** A colour for a Goldstein value: red for conflict (−10), grey for 0, blue for cooperation (+10). */
export function goldsteinColour(value: number): string {
  const t = Math.max(-1, Math.min(1, value / 10));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * Math.abs(t));
  const grey = [150, 150, 150];
  const end = t < 0 ? [178, 24, 43] : [33, 102, 172];
  return `rgb(${mix(grey[0]!, end[0]!)}, ${mix(grey[1]!, end[1]!)}, ${mix(grey[2]!, end[2]!)})`;
}
