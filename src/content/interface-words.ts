import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../base/project-paths.ts";
import { readJsonFile } from "./read-json-file.ts";
import { ContentError, type ContentProblem } from "../base/content-error.ts";
import { matchLanguage } from "./language-match.ts";

/** Where the interface words of every language live; Eleventy reads the same file as global data. */
export const LABELS_FILE = path.join(DATA_DIR, "labels.json");

/** The interface words of one language: "contents", "previous", … */
export type Labels = Record<string, string>;

/**
 * The interface words for a language, matched by BCP 47 lookup (zh-CN and zh-Hans take "zh",
 * en-GB takes "en"; see matchLanguage). A language with no words of its own is a mistake to
 * fix in the labels file, never silently shown in another language.
 * @param labels every language's words, as in `_data/labels.json`
 * @param language the page's or briefing's language tag
 * @throws ContentError naming the labels file and the key to add
 */
export function interfaceWordsFor(labels: Record<string, Labels>, language: string): Labels {
  const problem = missingInterfaceWords(labels, [language])[0];
  if (problem) throw new ContentError([problem]);
  return labels[matchLanguage(Object.keys(labels), language)!]!;
}

/**
 * A problem for each language that has no interface words, saying what to add where.
 * @param labels every language's words
 * @param languages the languages pages are written in
 */
export function missingInterfaceWords(labels: Record<string, Labels>, languages: readonly string[]): ContentProblem[] {
  const missing = [...new Set(languages)].filter((language) => !matchLanguage(Object.keys(labels), language));
  const byKey = new Map<string, string[]>();
  for (const language of missing) {
    const key = language.split("-")[0]!.toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), language]);
  }
  return [...byKey].map(([key, tags]) => ({
    file: LABELS_FILE,
    field: key,
    message: `there are no interface words for the language ${tags.map((t) => `"${t}"`).join(", ")}; add a "${key}" object with the same keys as "en", each translated`,
  }));
}

/** The labels files read so far, by path, with the text they were parsed from. */
const readSoFar = new Map<string, { text: string; words: Record<string, Labels> }>();

/**
 * Reads every language's interface words from the labels file. Every briefing and every page
 * of a build asks for them, so the file is parsed once and again only when its text changes (as
 * when `npm run serve` rebuilds after an edit); unchanged text gives the very same object, so
 * what is rendered with it can be kept too (see render-briefing.ts).
 * @param file the labels file
 */
export function readInterfaceWords(file = LABELS_FILE): Record<string, Labels> {
  const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  const known = readSoFar.get(file);
  if (known && text !== undefined && known.text === text) return known.words;
  // A syntax error is named as a JSON error with its line and column.
  const words = readJsonFile(file).document.toJS() as Record<string, Labels>;
  if (text !== undefined) readSoFar.set(file, { text, words });
  return words;
}

/**
 * The interface words of one language, picked as the `labelsFor` filter picks them.
 * @param language the briefing's language tag
 * @param file the labels file, relative to the project
 */
export function loadInterfaceWords(language: string, file = LABELS_FILE): Labels {
  return interfaceWordsFor(readInterfaceWords(file), language);
}
