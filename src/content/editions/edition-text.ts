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
];

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
  for (const pattern of EDITION_TEXT_FIELDS) visit(copy, pattern, [], language, missing);
  return { data: copy, missing };
}

function visit(node: unknown, pattern: readonly string[], at: (string | number)[], language: string, missing: MissingEditionText[]): void {
  if (node === null || typeof node !== "object") return;
  const [head, ...rest] = pattern;
  if (head === "*") {
    if (Array.isArray(node)) node.forEach((item: unknown, index) => visit(item, rest, [...at, index], language, missing));
    return;
  }
  if (Array.isArray(node) || head === undefined) return;
  const record = node as Record<string, unknown>;
  if (!(head in record)) return;
  if (rest.length > 0) {
    visit(record[head], rest, [...at, head], language, missing);
    return;
  }
  const value = record[head];
  if (!isTextPerLanguage(value)) return;
  const tag = matchLanguage(Object.keys(value), language);
  if (tag === undefined) missing.push({ field: [...at, head], given: Object.keys(value) });
  else record[head] = value[tag];
}
