import { textDirection } from "../../content/language-script.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * A ` lang="…"` attribute for text in another language than its page, or nothing when the
 * languages are the same, so screen readers and fonts switch language only where the text does;
 * with ` dir="…"` when the text runs the other way (an Arabic title on an English page).
 * @param lang the text's language
 * @param pageLanguage the language of the element it sits in
 * @returns the attributes with a leading space, or ""
 */
export function langAttribute(lang: string | undefined, pageLanguage: string): string {
  if (!lang || lang.toLowerCase() === pageLanguage.toLowerCase()) return "";
  const direction = textDirection(lang);
  return ` lang="${escapeHtml(lang)}"${direction === textDirection(pageLanguage) ? "" : ` dir="${direction}"`}`;
}
