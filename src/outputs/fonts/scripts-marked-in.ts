import { fontScript, type FontScript } from "../../content/language-script.ts";

/** A `lang` or `xml:lang` attribute (not `hreflang`, which names another page's language), or XSLT's `{dc:language}`. */
const LANG_ATTRIBUTE = /(?:^|[\s"'])(?:xml:)?lang\s*=\s*["']([^"'{}]+)["']/g;

/**
 * The scripts of the languages a page, feed or stylesheet marks with `lang`: which fonts beyond
 * the Latin and Simplified Chinese ones (drawn on every page) can draw on it.
 * @param text an HTML or XML file's content
 */
export function scriptsMarkedIn(text: string): Set<FontScript> {
  const scripts = new Set<FontScript>();
  for (const [, language] of text.matchAll(LANG_ATTRIBUTE)) scripts.add(fontScript(language!.trim()));
  return scripts;
}
