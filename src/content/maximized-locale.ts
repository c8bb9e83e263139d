/** Each tag's maximized locale, worked out once per process: see maximizedLocale. */
const known = new Map<string, Intl.Locale | undefined>();

/**
 * A language tag with its likely script and region added (zh-TW → zh-Hant-TW, zh → zh-Hans-CN),
 * or undefined for a tag Intl cannot parse. Kept per tag: `Intl.Locale#maximize` is slow enough
 * that the few calls each page made (interface words, punctuation, language sections) were a
 * tenth of the CPU of a warm build of a thousand briefings (issue 21).
 * @param tag a BCP 47 tag, as written
 */
export function maximizedLocale(tag: string): Intl.Locale | undefined {
  if (known.has(tag)) return known.get(tag);
  let locale: Intl.Locale | undefined;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    locale = undefined;
  }
  known.set(tag, locale);
  return locale;
}
