/** Characters of text looked at; more adds time, not accuracy. */
const SAMPLE_CHARS = 2_000;

/** Detects the language of an article text. */
export type LanguageDetector = (text: string, declared?: string | null) => string | null;

let loading: Promise<LanguageDetector> | undefined;

/**
 * Loads eld's medium n-gram model (about half a second, once per process) and returns a detector giving an ISO
 * 639-1 code (`en`, `ru`, `zh` …) for a text: eld's answer when it is reliable, else the page's declared
 * language (`<html lang="en-GB">` → `en`), else eld's unreliable answer, else null (no text).
 */
export function loadLanguageDetector(): Promise<LanguageDetector> {
  loading ??= import('eld/medium').then(({ eld }) => (text: string, declared?: string | null) => {
    const sample = text.slice(0, SAMPLE_CHARS);
    const hint = declared ? /^([a-z]{2,3})\b/i.exec(declared.trim())?.[1]?.toLowerCase() ?? null : null;
    if (sample.trim() === '') return hint;
    const result = eld.detect(sample);
    if (result.language && result.isReliable()) return result.language;
    return hint ?? (result.language || null);
  });
  return loading;
}
