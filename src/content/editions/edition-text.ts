import { matchLanguage } from "../language-match.ts";

/**
 * The fields of `briefing.yaml` that may hold one text per edition (`label: { zh-CN: 出口, en:
 * Exports }`). Everything else (values, dates, ids, addresses, kinds) exists once, so a figure
 * cannot differ between editions. `*` stands for every item of a list.
 */
export const EDITION_TEXT_FIELDS: readonly (readonly string[])[] = [
  ["title"],
  ["shortTitle"],
  ["subtitle"],
  ["summary"],
  ["publisher"],
  ["source", "title"],
  ["source", "publisher"],
  ["source", "author"],
  ["source", "note"],
  ["credits", "*", "role"],
  ["credits", "*", "name"],
  ["figures", "*", "label"],
  ["figures", "*", "unit"],
  ["figures", "*", "period"],
  ["figures", "*", "change", "unit"],
  ["figures", "*", "change", "basis"],
  ["updates", "*", "title"],
  ["updates", "*", "note"],
  ["charts", "*", "title"],
  ["charts", "*", "description"],
  ["charts", "*", "series", "*", "label"],
  ["charts", "*", "series", "*", "derived", "note"],
  ["tags", "*"],
];

/**
 * Fields whose plain text is in the briefing's own `language`, not every edition's: a topic names
 * a page of its language's section, so an English edition cannot borrow a Chinese one the way it
 * borrows a unit such as "%". Such a field lacks every other edition's language until given per
 * language.
 */
const IN_BRIEFING_LANGUAGE: ReadonlySet<string> = new Set(["tags.*"]);

const LANGUAGE_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A text given per language is a mapping whose every key is a language tag (`{ zh-CN: 出口, en: Exports }`). */
export function isTextPerLanguage(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LANGUAGE_KEY.test(key));
}

/** A field given per language that names no text for the edition asked for. */
export interface MissingEditionText {
  field: (string | number)[];
  /** The languages the field does give. */
  given: string[];
  /** The text, when the field is one plain text in the briefing's language (a tag), so the fix can quote it. */
  plain?: string;
}

/**
 * The data of one edition: a copy of `briefing.yaml` as read, with each text given per language
 * replaced by the edition's text (found by BCP 47 lookup, so `zh` serves zh-CN). A plain text is
 * every edition's (a unit such as "%", a period such as 2023). Values are copied untouched.
 * @param data `briefing.yaml` as plain data
 * @param language the edition's language
 * @returns the edition's data, and each per-language field that lacks its language (left as
 *   written, so the schema refuses it too unless reported first)
 */
export function pickEditionText(data: unknown, language: string): { data: unknown; missing: MissingEditionText[] } {
  const copy: unknown = structuredClone(data);
  const missing: MissingEditionText[] = [];
  const written = copy !== null && typeof copy === "object" ? (copy as { language?: unknown }).language : undefined;
  for (const pattern of EDITION_TEXT_FIELDS) {
    const ownLanguage = IN_BRIEFING_LANGUAGE.has(pattern.join(".")) && typeof written === "string" ? written : undefined;
    visit(copy, pattern, [], { language, ownLanguage, missing });
  }
  return { data: copy, missing };
}

/** What one visit needs: the edition's language, the language plain texts are in if they are the briefing's own (tags), and where to report. */
interface Picking {
  language: string;
  ownLanguage: string | undefined;
  missing: MissingEditionText[];
}

function visit(node: unknown, pattern: readonly string[], at: (string | number)[], picking: Picking): void {
  if (node === null || typeof node !== "object") return;
  const [head, ...rest] = pattern;
  if (head === undefined) return;
  // A list item is a text itself (`tags: [...]`) or a record holding texts (`figures: [...]`).
  const keys: (string | number)[] = head === "*" ? (Array.isArray(node) ? node.map((_, index) => index) : []) : !Array.isArray(node) && head in node ? [head] : [];
  const holder = node as Record<string | number, unknown>;
  for (const key of keys) {
    if (rest.length > 0) visit(holder[key], rest, [...at, key], picking);
    else pick(holder, key, [...at, key], picking);
  }
}

function pick(holder: Record<string | number, unknown>, key: string | number, field: (string | number)[], { language, ownLanguage, missing }: Picking): void {
  const value = holder[key];
  if (typeof value === "string" && ownLanguage !== undefined) {
    if (matchLanguage([ownLanguage], language) === undefined) missing.push({ field, given: [ownLanguage], plain: value });
    return;
  }
  if (!isTextPerLanguage(value)) return;
  const tag = matchLanguage(Object.keys(value), language);
  if (tag === undefined) missing.push({ field, given: Object.keys(value) });
  else holder[key] = value[tag];
}
