import { maximizedLocale } from "./maximized-locale.ts";

/**
 * Finds, among the language tags something is available in, the one to use for a wanted
 * language, by BCP 47 lookup: the tag itself (case-insensitive); then the tag with subtags
 * dropped from the end, first as written and then with its likely script added (zh-TW is
 * zh-Hant-TW, so it takes "zh-Hant"; zh-CN and zh-SG take "zh-Hans"; fr-CA takes "fr"); then
 * an available tag in the same script (zh-Hans takes "zh-CN"); then the first available tag of
 * the same language. Nothing is matched across languages: a briefing in French never gets
 * English words.
 * @param available the tags on offer, in the order they were written
 * @param wanted the tag of the page or briefing
 * @returns the matching tag from `available`, or undefined when none is the same language
 */
export function matchLanguage(available: readonly string[], wanted: string): string | undefined {
  // Every page asks several times (labelsFor, formatting): with a thousand briefings that was
  // tens of thousands of Intl.Locale lookups, a tenth of a warm build's CPU (issue 21).
  const key = `${available.join(" ")}\n${wanted}`;
  if (matches.has(key)) return matches.get(key);
  const match = lookUp(available, wanted);
  matches.set(key, match);
  return match;
}

/** Each (tags on offer, wanted tag) pair already matched: the answer depends on nothing else. */
const matches = new Map<string, string | undefined>();

function lookUp(available: readonly string[], wanted: string): string | undefined {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const written = wanted.toLowerCase().split("-");
  const maximized = likelySubtags(wanted).split("-");
  // The bare language comes last, after the script-bearing forms: zh-TW must take zh-Hant over zh.
  const candidates = [...truncations(written).slice(0, -1), ...truncations(maximized)];
  for (const candidate of candidates) {
    const hit = byLower.get(candidate);
    if (hit) return hit;
  }
  const [language, script] = maximized;
  const sameLanguage = available.filter((tag) => tag.toLowerCase().split("-")[0] === language);
  return sameLanguage.find((tag) => likelySubtags(tag).split("-")[1] === script) ?? sameLanguage[0];
}

/** A tag and its shorter forms, longest first: zh-hant-tw, zh-hant, zh. */
function truncations(subtags: readonly string[]): string[] {
  return subtags.map((_, index) => subtags.slice(0, subtags.length - index).join("-"));
}

/** The tag with its likely script and region, lower-cased (zh-TW → zh-hant-tw); the tag itself when Intl does not know it. */
function likelySubtags(tag: string): string {
  const locale = maximizedLocale(tag);
  return locale ? [locale.language, locale.script, locale.region].filter(Boolean).join("-").toLowerCase() : tag.toLowerCase();
}

/**
 * Whether a language is written in Chinese or Japanese characters, which are justified between
 * characters and set with the CJK fonts first.
 * @param language a BCP 47 tag
 */
export function isCjkLanguage(language: string): boolean {
  return /^(zh|ja)(-|$)/i.test(language);
}
