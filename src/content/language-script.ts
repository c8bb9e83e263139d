/**
 * The scripts a theme bundles a font for. A language's script picks the first font of its stacks:
 * Japanese, Korean and Traditional Chinese draw the same Han characters in their own forms (今, 次,
 * 過 differ from Simplified Chinese), so only the language can choose between them. `latin` covers
 * Latin, Cyrillic and Greek; `cjk` is Simplified Chinese, also the fallback for Han characters
 * in every other stack.
 */
export const FONT_SCRIPTS = ["latin", "cjk", "traditionalChinese", "japanese", "korean", "arabic"] as const;
export type FontScript = (typeof FONT_SCRIPTS)[number];

/** Traditional Chinese: an explicit Hant, or the regions that write it when no script is given. */
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)(-|$)/i;

/** Languages written in the Arabic script (and not in another script by an explicit subtag). */
const ARABIC_SCRIPT = /^(ar|fa|ur|ps|ckb|sd|ug)(-|$)/i;

/**
 * The script whose font a page or element in `language` is set in first.
 * @param language a BCP 47 tag, as in `lang`
 */
export function fontScript(language: string): FontScript {
  const tag = language.toLowerCase();
  if (/-latn(-|$)/.test(tag)) return "latin";
  if (/^ja(-|$)/.test(tag)) return "japanese";
  if (/^ko(-|$)/.test(tag)) return "korean";
  if (TRADITIONAL_CHINESE.test(tag)) return "traditionalChinese";
  if (/^zh(-|$)/.test(tag)) return "cjk";
  if (ARABIC_SCRIPT.test(tag) || /-arab(-|$)/.test(tag)) return "arabic";
  return "latin";
}

/** Languages written right to left unless a script subtag says otherwise (Azerbaijani in Arabic script is `az-Arab`). */
const RIGHT_TO_LEFT = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug|syr)(-|$)/i;

/**
 * The direction a language is written in, for `dir` on `<html>` and on any element in the
 * other direction.
 * @param language a BCP 47 tag
 */
export function textDirection(language: string): "ltr" | "rtl" {
  const tag = language.toLowerCase();
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm)(-|$)/.test(tag)) return "rtl";
  if (/-(latn|cyrl)(-|$)/.test(tag)) return "ltr";
  return RIGHT_TO_LEFT.test(tag) ? "rtl" : "ltr";
}
