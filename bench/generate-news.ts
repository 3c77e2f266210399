/**
 * Generates news-style articles from templates written for sitrep's benchmarks: a deterministic mix of
 * eventful sentences (meetings, support, threats, attacks, sanctions, protests …) and background sentences.
 */

const LEADERS = [
  'Russian President Vladimir Putin', 'Ukrainian President Volodymyr Zelensky', 'Chinese President Xi Jinping',
  'North Korean leader Kim Jong Un', 'Turkish President Recep Tayyip Erdogan', 'French President Emmanuel Macron',
  'Israeli Prime Minister Benjamin Netanyahu', 'Iranian President Masoud Pezeshkian', 'Indian Prime Minister Narendra Modi',
  'Brazilian President Luiz Inacio Lula da Silva', 'German Chancellor Olaf Scholz', 'Japanese Prime Minister Fumio Kishida',
];
const STATES = [
  'Russia', 'Ukraine', 'China', 'North Korea', 'South Korea', 'Japan', 'Iran', 'Israel', 'Turkey', 'Egypt', 'Sudan',
  'Ethiopia', 'Kenya', 'Nigeria', 'Brazil', 'Argentina', 'Mexico', 'India', 'Pakistan', 'Germany', 'France', 'Poland',
];
const GROUPS = ['Russian troops', 'Ukrainian forces', 'Israeli police', 'Sudanese rebels', 'Iraqi security forces', 'the Nigerian army', 'Kenyan police', 'Chinese warships'];
const TEMPLATES: ((a: string, b: string, g: string) => string)[] = [
  (a, b) => `${a} met ${b} in the capital on Tuesday to discuss trade and security.`,
  (a, b) => `${a} held talks with ${b} on the sidelines of the summit.`,
  (a, b) => `${a} pledged full support to ${b} during a phone call.`,
  (a, b) => `${a} accused ${b} of violating the ceasefire agreement.`,
  (a, b) => `${a} threatened to impose new sanctions on ${b} if the talks fail.`,
  (a, b) => `${a} and ${b} signed an agreement to expand energy cooperation.`,
  (a, b) => `${a} condemned the missile strike on ${b} as a grave violation of international law.`,
  (a, b) => `${a} rejected calls from ${b} to withdraw its forces from the border area.`,
  (a, b) => `According to officials, ${a} sent humanitarian aid to ${b} last week.`,
  (a, b) => `${a} said it would not recognise the election results announced by ${b}.`,
  (a, b, g) => `${g} attacked positions held by ${b} near the border overnight, killing at least twelve people.`,
  (a, b, g) => `${g} arrested dozens of protesters who had gathered outside the parliament building.`,
  (a) => `${a} launched two ballistic missiles toward the sea early on Thursday, the defence ministry said.`,
  (a, b) => `${a} expelled three diplomats from ${b} over allegations of espionage.`,
  (a, b) => `Analysts say the move could strain relations between ${a} and ${b} for years.`,
  () => 'The situation remains tense, and further developments are expected in the coming days.',
  () => 'Prices of grain and fuel rose sharply amid the ongoing conflict and sanctions imposed in 2022.',
  (a) => `Thousands of people demonstrated in the streets of the capital against ${a}.`,
  (a, b) => `${a} may consider easing restrictions on imports from ${b}, a spokesperson said.`,
  (a, b) => `${a} did not attend the meeting hosted by ${b}.`,
];

/** Deterministic pseudo-random numbers (mulberry32), so every run codes the same text. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `articles` articles of `sentencesPerArticle` generated sentences each, as `{id, text, published}`. */
export function generateArticles(articles: number, sentencesPerArticle: number, seed = 7): { id: string; text: string; published: string }[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: { id: string; text: string; published: string }[] = [];
  for (let n = 0; n < articles; n++) {
    const sentences: string[] = [];
    for (let s = 0; s < sentencesPerArticle; s++) {
      const a = r() < 0.5 ? pick(LEADERS) : pick(STATES);
      let b = pick(STATES);
      if (a.includes(b)) b = pick(STATES);
      sentences.push(pick(TEMPLATES)(a, b, pick(GROUPS)));
    }
    const day = 1 + (n % 28);
    out.push({ id: `gen-${n}`, text: sentences.join(' '), published: `2024-05-${String(day).padStart(2, '0')}` });
  }
  return out;
}
