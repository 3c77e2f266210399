/** Words of a consent or paywall notice; several of them in a short text mark a wall, not an article. */
const WALL_WORDS =
  /\b(cookies?|consent|accept all|reject all|manage (?:preferences|options|settings)|privacy (?:policy|settings|preferences)|partners|personali[sz](?:ed|ing) (?:ads|advertising|content)|legitimate interest|subscribe to (?:continue|read)|enable javascript|ad ?blocker)\b/gi;
/** Texts longer than this (in words) are articles whatever they mention. */
const MAX_WALL_WORDS = 400;

/**
 * Whether an extracted text is a cookie-consent, subscription or JavaScript wall rather than an article: short,
 * and full of consent vocabulary (at least three distinct cues, and one cue per 40 words or more).
 * @example isWallText('We use cookies and similar technologies … Accept all  Reject all') // true
 */
export function isWallText(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > MAX_WALL_WORDS) return false;
  const cues = [...text.matchAll(WALL_WORDS)].map((match) => match[0].toLowerCase());
  const distinct = new Set(cues.map((cue) => cue.replace(/s$/, ''))).size;
  return distinct >= 3 && cues.length * 40 >= words;
}
