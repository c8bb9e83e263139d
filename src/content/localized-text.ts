import { z } from "zod";
import { matchLanguage } from "./language-match.ts";

/**
 * A setting that is either one text for every language (written in the site's `language`)
 * or one text per language: `{ "zh-CN": "国际交往简报", "en": "International Exchange Briefings" }`.
 */
export const localizedTextSchema = z.union([
  z.string().min(1),
  z
    .record(z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "each key must be a BCP 47 language tag, e.g. zh-CN or en"), z.string().min(1))
    .refine((map) => Object.keys(map).length > 0, "give at least one language, e.g. { \"en\": \"…\" }"),
]);

/** A setting given once for all languages, or per language. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A text chosen for a page, with the language it is written in (for its `lang` attribute). */
export interface TextInLanguage {
  text: string;
  lang: string;
}

/**
 * Picks a setting's text for a page. A plain string is used on every page and is taken to be in
 * `writtenIn` (the site's `language`); a map gives the entry matching the page's language by
 * BCP 47 lookup (see matchLanguage), and for a language it does not name, the entry in the
 * site's language (else its first): a setting given once serves every language, and its `lang`
 * says which language the reader sees.
 * @param value the setting
 * @param language the page's language
 * @param writtenIn the site's language, which plain strings are written in
 */
export function textIn(value: LocalizedText, language: string, writtenIn: string): TextInLanguage {
  if (typeof value === "string") return { text: value, lang: writtenIn };
  const keys = Object.keys(value);
  // Text matched to the page's language is in it ("fr" on an fr-FR page needs no lang of its own).
  const own = matchLanguage(keys, language);
  if (own) return { text: value[own]!, lang: language };
  const tag = matchLanguage(keys, writtenIn) ?? keys[0]!;
  return { text: value[tag]!, lang: tag };
}
