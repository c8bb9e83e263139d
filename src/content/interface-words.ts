import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../base/project-paths.ts";
import { displayPath } from "../base/display-path.ts";
import { readJsonFile } from "./read-json-file.ts";
import { ContentError, type ContentProblem } from "../base/content-error.ts";
import { matchLanguage } from "./language-match.ts";

/**
 * The folder of interface words, one file per language named by its BCP 47 tag
 * (`en.json`, `zh-Hans.json`, `fr.json`…), as Docusaurus keeps its translations. Eleventy reads
 * the same folder as the global data `labels`, keyed by file name.
 */
export const LABELS_DIR = path.join(DATA_DIR, "labels");

/** The language every other labels file is checked against: it has every key. */
export const REFERENCE_LANGUAGE = "en";

/**
 * A label that carries a count, in each plural form the language has (`Intl.PluralRules`):
 * `{ "one": "{count} page", "other": "{count} pages" }`; Russian adds few and many, Arabic zero,
 * two, few and many. `other` is always given.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One interface word or phrase: plain text, or plural forms where it carries a count. */
export type LabelText = string | PluralForms;

/** The interface words of one language: "contents", "previous", … */
export type Labels = Record<string, LabelText>;

/**
 * The interface words for a language, matched by BCP 47 lookup (zh-CN and zh-SG take "zh-Hans",
 * zh-TW and zh-HK "zh-Hant", fr-CA "fr"; see matchLanguage). A language with no words of its own
 * is a mistake to fix by adding its file, never silently shown in another language.
 * @param labels every language's words, as in `_data/labels/`
 * @param language the page's or briefing's language tag
 * @throws ContentError naming the file to add
 */
export function interfaceWordsFor(labels: Record<string, Labels>, language: string): Labels {
  // Matched first: templates ask this for every page, and the problem is only worked out when there is one.
  const match = matchLanguage(Object.keys(labels), language);
  if (match !== undefined) return labels[match]!;
  throw new ContentError(missingInterfaceWords(labels, [language]));
}

/**
 * A label as plain text: the label itself, or the general (`other`) form of one with plural forms.
 * @param words a language's interface words
 * @param key the label's key
 * @param fallback the text when the key is absent (a words object built by hand in a test)
 */
export function wordOf(words: Labels, key: string, fallback = ""): string {
  const text = words[key];
  if (text === undefined) return fallback;
  return typeof text === "string" ? text : text.other;
}

/**
 * The form of a label for a count: the plural form `Intl.PluralRules` picks for the language
 * (1 → "one", 3 → "few" in Russian, 1.5 → "one" in French), or the label itself when it has one
 * form. A form the file lacks falls back to `other`.
 * @param text the label
 * @param count the number it counts
 * @param language the page's language
 * @param fractionDigits the digits after the decimal point the number is written with ("1.0" is plural in English)
 */
export function pluralFormOf(text: LabelText, count: number, language: string, fractionDigits?: number): string {
  if (typeof text === "string") return text;
  const rules = new Intl.PluralRules(language, fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  return text[rules.select(count)] ?? text.other;
}

/**
 * A problem for each language that has no interface words: one message per language saying
 * which file to add, from which reference, with how many entries, so a new language is one file.
 * @param labels every language's words
 * @param languages the languages pages are written in
 */
export function missingInterfaceWords(labels: Record<string, Labels>, languages: readonly string[]): ContentProblem[] {
  const missing = [...new Set(languages)].filter((language) => !matchLanguage(Object.keys(labels), language));
  const byFile = new Map<string, string[]>();
  for (const language of missing) {
    const file = language.split("-")[0]!.toLowerCase();
    byFile.set(file, [...(byFile.get(file) ?? []), language]);
  }
  const reference = labels[REFERENCE_LANGUAGE] ?? {};
  const counted = Object.entries(reference).filter(([, text]) => typeof text !== "string").map(([key]) => key);
  return [...byFile].map(([file, tags]) => ({
    file: displayPath(path.join(LABELS_DIR, `${file}.json`)),
    message:
      `there are no interface words for ${tags.map((t) => `"${t}"`).join(", ")}, the language of some pages; ` +
      `copy ${displayPath(path.join(LABELS_DIR, `${REFERENCE_LANGUAGE}.json`))} to this file and translate its ${Object.keys(reference).length} entries, ` +
      `keeping the {placeholders}` +
      (counted.length ? ` and giving ${counted.join(", ")} one text per plural form of the language (${pluralCategories(file).join(", ")})` : "") +
      `; nothing else needs adding`,
  }));
}

/**
 * Checks every labels file against the English one: the same keys, each with text, the same
 * placeholders, and every plural form the language has for the labels that carry a count. All
 * that is wrong in a file is one problem, so a translator fixes a file in one round.
 * @param labels every language's words
 */
export function checkInterfaceWords(labels: Record<string, Labels>): ContentProblem[] {
  const reference = labels[REFERENCE_LANGUAGE];
  if (!reference) return [{ file: displayPath(LABELS_DIR), message: `${REFERENCE_LANGUAGE}.json is missing; it is the reference every other language is checked against, restore it from the repository` }];
  const problems: ContentProblem[] = [];
  for (const [language, words] of Object.entries(labels)) {
    const faults: string[] = [];
    const missingKeys = Object.keys(reference).filter((key) => !(key in words));
    const unknownKeys = Object.keys(words).filter((key) => !(key in reference));
    if (missingKeys.length) faults.push(`add ${missingKeys.map((k) => `"${k}"`).join(", ")}`);
    if (unknownKeys.length) faults.push(`remove ${unknownKeys.map((k) => `"${k}"`).join(", ")} (not in ${REFERENCE_LANGUAGE}.json)`);
    const categories = pluralCategories(language);
    for (const [key, text] of Object.entries(words)) {
      const expected = reference[key];
      if (expected === undefined) continue;
      const forms = typeof text === "string" ? [text] : Object.values(text);
      if (forms.some((form) => typeof form !== "string" || !form.trim())) faults.push(`give "${key}" a text`);
      else if (typeof text !== "string") {
        const lacking = categories.filter((category) => !(category in text));
        const unknown = Object.keys(text).filter((category) => !(categories as string[]).includes(category));
        if (lacking.length || unknown.length) faults.push(`give "${key}" exactly the plural forms ${categories.join(", ")}`);
      }
      const wanted = placeholders(wordOf(reference, key)).filter((name) => name !== "count");
      const lost = wanted.filter((name) => forms.some((form) => typeof form === "string" && !form.includes(`{${name}}`)));
      if (lost.length) faults.push(`keep ${lost.map((name) => `{${name}}`).join(", ")} in "${key}"`);
    }
    if (faults.length) problems.push({ file: displayPath(path.join(LABELS_DIR, `${language}.json`)), message: `${faults.join("; ")}` });
  }
  return problems;
}

/** The plural forms a language distinguishes, in CLDR's order (Intl.PluralRules). */
export function pluralCategories(language: string): Intl.LDMLPluralRule[] {
  const order: Intl.LDMLPluralRule[] = ["zero", "one", "two", "few", "many", "other"];
  let found: readonly string[];
  try {
    found = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  } catch {
    found = ["other"];
  }
  return order.filter((category) => found.includes(category));
}

/** The `{name}` placeholders in a text. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** The labels folders read so far, by path, with the texts they were parsed from. */
const readSoFar = new Map<string, { text: string; words: Record<string, Labels> }>();

/**
 * Reads every language's interface words from the labels folder, one file per language. Every
 * briefing and every page of a build asks for them, so the files are parsed once and again only
 * when a text changes (as when `npm run serve` rebuilds after an edit); unchanged texts give the
 * very same object, so what is rendered with it can be kept too (see render-briefing.ts).
 * @param folder the labels folder
 */
export function readInterfaceWords(folder = LABELS_DIR): Record<string, Labels> {
  if (!existsSync(folder)) throw new ContentError([{ file: displayPath(folder), message: "the folder of interface words is missing; restore it from the repository" }]);
  const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
  const text = files.map((name) => `${name}\u0000${readFileSync(path.join(folder, name), "utf8")}`).join("\u0000");
  const known = readSoFar.get(folder);
  if (known && known.text === text) return known.words;
  const words: Record<string, Labels> = {};
  // A syntax error is named as a JSON error with its line and column.
  for (const name of files) words[name.slice(0, -".json".length)] = readJsonFile(path.join(folder, name)).document.toJS() as Labels;
  readSoFar.set(folder, { text, words });
  return words;
}

/**
 * The interface words of one language, picked as the `labelsFor` filter picks them.
 * @param language the briefing's language tag
 * @param folder the labels folder
 */
export function loadInterfaceWords(language: string, folder = LABELS_DIR): Labels {
  return interfaceWordsFor(readInterfaceWords(folder), language);
}
