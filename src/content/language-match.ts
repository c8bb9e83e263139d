/**
 * Finds, among the language tags something is available in, the one to use for a wanted
 * language, by BCP 47 lookup: the tag itself (case-insensitive); then the tag with subtags
 * dropped from the end (zh-Hans-CN → zh-Hans → zh; en-GB → en); then the first available tag
 * of the same language (zh → zh-CN). Nothing is matched across languages: a briefing in French
 * never gets English words.
 * @param available the tags on offer, in the order they were written
 * @param wanted the tag of the page or briefing
 * @returns the matching tag from `available`, or undefined when none is the same language
 */
export function matchLanguage(available: readonly string[], wanted: string): string | undefined {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const subtags = wanted.toLowerCase().split("-");
  for (let length = subtags.length; length > 0; length--) {
    const hit = byLower.get(subtags.slice(0, length).join("-"));
    if (hit) return hit;
  }
  const primary = subtags[0];
  return available.find((tag) => tag.toLowerCase().split("-")[0] === primary);
}

/**
 * Whether a language is written in Chinese or Japanese characters, which are justified between
 * characters and set with the CJK fonts first.
 * @param language a BCP 47 tag
 */
export function isCjkLanguage(language: string): boolean {
  return /^(zh|ja)(-|$)/i.test(language);
}
