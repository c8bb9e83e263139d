import { escapeHtml } from "./escape-html.ts";

/**
 * A ` lang="…"` attribute for text in another language than its page, or nothing when the
 * languages are the same, so screen readers and fonts switch language only where the text does.
 * @param lang the text's language
 * @param pageLanguage the language of the element it sits in
 * @returns the attribute with its leading space, or ""
 */
export function langAttribute(lang: string | undefined, pageLanguage: string): string {
  if (!lang || lang.toLowerCase() === pageLanguage.toLowerCase()) return "";
  return ` lang="${escapeHtml(lang)}"`;
}
