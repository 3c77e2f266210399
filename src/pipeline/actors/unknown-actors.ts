import type { Token } from '../../core/doc.js';
import type { ActorMention } from './actor-mention.js';

/**
 * Cue words that name an organisation's type, with the CAMEO sector they suggest (written for sitrep).
 * A capitalised name the dictionaries do not know ("the Liberian Peace Council", "the Homeland Union") is kept
 * as an actor when its last word is such a cue.
 */
const CUES: Record<string, string> = {
  army: 'REB', front: 'REB', brigade: 'REB', brigades: 'REB', militia: 'REB', tigers: 'REB', liberation: 'REB', guerrillas: 'REB',
  movement: 'OPP', alliance: 'OPP', coalition: 'OPP', union: 'OPP', league: 'OPP', congress: 'PTY', party: 'PTY',
  council: 'GOV', commission: 'GOV', committee: 'GOV', ministry: 'GOV', office: 'GOV', agency: 'GOV', authority: 'GOV', government: 'GOV',
  organization: 'NGO', organisation: 'NGO', association: 'NGO', society: 'NGO', foundation: 'NGO', institute: 'NGO', federation: 'NGO', network: 'NGO', watch: 'NGO',
  court: 'JUD', tribunal: 'JUD', police: 'COP', forces: 'MIL', group: 'REB', bank: 'BUS', company: 'BUS', corporation: 'BUS',
  forum: 'NGO', bloc: 'NGO', community: 'NGO', initiative: 'NGO', cooperation: 'NGO', partnership: 'NGO', conference: 'NGO',
};
/** Words that make an organisation international: coded as an IGO. */
const INTERNATIONAL = new Set(['international', 'world', 'global', 'united', 'african', 'arab', 'european', 'asian', 'regional', 'intergovernmental', 'asia-pacific', 'pacific', 'atlantic', 'economic', 'islamic', 'nations', 'states']);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', '&']);
/** Mentions an unknown organisation name may contain: countries ("Nigerian …") and agent words ("… Union"). */
const ABSORBABLE = new Set(['country', 'agent']);

/**
 * Finds capitalised organisation names that no dictionary knows, among tokens not already in a mention.
 * Country: a country mention inside the name ("Nigerian Union of Teachers" → NGA); sector: the cue word.
 * Names starting the sentence with nothing but the cue ("Council said") are not taken.
 */
export function findUnknownActors(tokens: Token[], first: number, last: number, known: ActorMention[], sentence: number): ActorMention[] {
  const covered = new Int32Array(last - first).fill(-1);
  known.forEach((m, k) => { for (let t = Math.max(m.first, first); t < Math.min(m.last, last); t++) covered[t - first] = k; });
  const out: ActorMention[] = [];
  let t = first;
  while (t < last) {
    if (!isCapitalised(tokens[t] as Token) || (covered[t - first] ?? -1) >= 0 && !ABSORBABLE.has(known[covered[t - first] as number]?.kind ?? '')) { t++; continue; }
    // Grow a run of capitalised words joined by connectors; country adjectives inside are allowed.
    let end = t;
    let lastCap = t;
    while (end < last) {
      const tok = tokens[end] as Token;
      const inMention = (covered[end - first] ?? -1) >= 0;
      const mention = inMention ? known[covered[end - first] as number] : undefined;
      if (inMention && !ABSORBABLE.has(mention?.kind ?? '')) break;
      if (isCapitalised(tok)) { lastCap = end; end++; continue; }
      if (CONNECTORS.has(tok.lower) && end + 1 < last && isCapitalised(tokens[end + 1] as Token)) { end++; continue; }
      break;
    }
    const run = tokens.slice(t, lastCap + 1);
    const cueIndex = run.map((x) => x.lower).findLastIndex((w) => CUES[w] !== undefined);
    if (cueIndex < 0 || run.length < 2 || (t === first && run.length < 2)) { t = lastCap + 1; continue; }
    const inner = known.filter((m) => m.first <= lastCap && m.last > t && ABSORBABLE.has(m.kind));
    const innerCountry = inner.filter((m) => m.kind === 'country');
    // Nothing new: the dictionaries already cover the whole name.
    if (run.every((x) => (covered[x.i - first] ?? -1) >= 0)) { t = lastCap + 1; continue; }
    const country = innerCountry[0]?.code.slice(0, 3) ?? '';
    // "Union of Teachers": an agent word after the cue names the members (EDU), else the cue gives the sector.
    const cueToken = run[cueIndex] as Token;
    const laterAgent = inner.filter((m) => m.kind === 'agent' && m.first > cueToken.i).pop();
    const agent = laterAgent ? laterAgent.code.slice(-3) : CUES[cueToken.lower] as string;
    const international = run.some((x) => INTERNATIONAL.has(x.lower)) && !country;
    let mFirst = Math.min(t, ...inner.map((m) => m.first));
    if (mFirst > first && (tokens[mFirst - 1] as Token).lower === 'the') mFirst--;
    out.push({
      first: mFirst, last: lastCap + 1, start: (tokens[mFirst] as Token).start, end: (tokens[lastCap] as Token).end, sentence,
      code: international ? (agent === 'JUD' ? 'IGOJUD' : 'IGO') : country + agent,
      name: run.map((x) => x.text).join(' '), kind: 'country', title: false, plural: false, preposition: null, possessive: false, modifier: false, means: false,
      members: [], certainty: 0.6,
    });
    // The new mention replaces the country mentions inside it.
    for (const m of inner) known.splice(known.indexOf(m), 1);
    t = lastCap + 1;
  }
  return out;
}

function isCapitalised(tok: Token): boolean {
  return tok.kind === 'word' && /^[A-Z]/.test(tok.text) && (tok.pos === 'PROPN' || tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'VERB');
}
