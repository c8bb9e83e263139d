import type { z } from "zod";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { ContentError, type ContentProblem } from "../base/content-error.ts";
import { displayPath } from "../base/display-path.ts";
import { excerpt } from "./excerpt.ts";
import { FORBIDDEN_CHARACTER_FIX, findForbiddenCharacter, findOpenBidiControl } from "./forbidden-characters.ts";

/** A YAML document with a way to turn a field path into a line number. */
export interface ParsedYaml {
  file: string;
  document: Document;
  lineOf(fieldPath: readonly PropertyKey[]): number | undefined;
  /** The line the document starts on in its file (front matter starts after `---`). */
  firstLine: number;
}

/**
 * Parses YAML, turning syntax errors into a ContentError that names the file and line.
 * @param text the YAML source
 * @param file the file it came from
 * @param firstLine the file line on which `text` begins (1 for a whole file)
 */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    // One mistake (a bad indent, a tab) makes the parser trip on every line after it: the first
    // error is the one to fix, and reporting the rest would bury it.
    const error = document.errors[0]!;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    // An unclosed bracket or quote is only noticed where the next line starts.
    const before = col === 1 && line > 1 ? ` (or at the end of line ${line + firstLine - 2})` : "";
    const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    const lineText = text.split(/\r?\n/)[line - 1] ?? "";
    throw new ContentError([
      {
        file: displayPath(file),
        line: line + firstLine - 1,
        message: `this is not valid YAML at column ${col} (${reason}); ${yamlHint(error.code, lineText)}${before}`,
      },
    ]);
  }
  return {
    file,
    document,
    firstLine,
    lineOf(fieldPath) {
      // Walk up until a node exists: a missing field is reported at its parent.
      for (let depth = fieldPath.length; depth >= 0; depth--) {
        const node = document.getIn(fieldPath.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
      }
      return undefined;
    },
  };
}

/** What most likely fixes a YAML syntax error, from the parser's code and the line it is on. */
function yamlHint(code: string, lineText: string): string {
  if (code === "TAB_AS_INDENT" || /^\s*\t/.test(lineText)) return "indent with spaces, not tabs";
  // `title: Le port : bilan` — a second ": " inside a value starts a mapping YAML cannot nest.
  const value = /^\s*(?:-\s+)?[^\s:"'#][^:]*:\s+(.*)$/.exec(lineText)?.[1];
  if (value !== undefined && /:\s|:$/.test(value) && !/^["']/.test(value)) {
    return `a value holding ": " must be in quotes, e.g. ${lineText.trim().replace(/^(-\s+)?([^:]+):\s+(.*)$/, (_, dash: string | undefined, key: string, rest: string) => `${dash ?? ""}${key}: "${rest.replace(/"/g, '\\"')}"`)}`;
  }
  if (["BAD_INDENT", "MISSING_CHAR", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"].includes(code)) return "check the indentation of this line against the lines above it (fields of one item start in the same column)";
  return "check indentation, colons, quotes and brackets here";
}

/**
 * Checks parsed YAML against a schema and returns the typed value, or throws a
 * ContentError listing every problem with its file, line and field.
 * @param parsed the parsed YAML document
 * @param schema the zod schema it must satisfy
 * @param prepare turns the document's data into what the schema checks (one edition's texts, see
 *   pickEditionText) without moving any field, so problems still name their lines
 */
export function validateYaml<Schema extends z.ZodType>(parsed: ParsedYaml, schema: Schema, prepare?: (data: unknown) => unknown): z.infer<Schema> {
  let value: unknown;
  try {
    value = parsed.document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses aliases that would expand beyond maxAliasCount ("billion laughs").
    if (!(error instanceof Error) || !/alias/i.test(error.message)) throw error;
    throw new ContentError([{ file: displayPath(parsed.file), line: parsed.firstLine, message: "this file repeats aliases (*name) so often that reading it would never end; write the values out instead of aliasing them" }]);
  }
  if (value !== null && value !== undefined && prepare) value = prepare(value);
  if (value === null || value === undefined) {
    throw new ContentError([{ file: displayPath(parsed.file), line: parsed.firstLine, message: 'this holds no fields (it is empty, or only comments); write one field per line, e.g. title: Port traffic (see README.md, "Add a briefing")' }]);
  }
  const textProblems = findTextProblems(parsed, value);
  // reportInput: zod 4 leaves the offending value out of issues unless asked.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success && textProblems.length === 0) return result.data;
  if (result.success) throw new ContentError(textProblems);
  const whole = result.error.issues.find((issue) => issue.path.length === 0 && issue.code === "invalid_type" && issue.expected === "object");
  if (whole) {
    // A file that is not a mapping (a text file, a list, a secrets file linked by mistake) is one
    // mistake; its content is not quoted, since it may be anything.
    throw new ContentError([{ file: displayPath(parsed.file), line: parsed.firstLine, message: `this file holds ${describeKind(whole.input)}, not fields; write one field per line, e.g. title: Port traffic (see README.md, "Add a briefing")` }]);
  }
  const schemaProblems: ContentProblem[] = mergeMisspeltFields(result.error.issues).map((issue) => ({
    file: displayPath(parsed.file),
    // An unknown field is reported on its own line, not on its parent's.
    line: parsed.lineOf("keys" in issue && Array.isArray(issue.keys) && issue.keys.length > 0 ? [...issue.path, issue.keys[0] as string] : issue.path),
    field: issue.path.length > 0 ? formatFieldPath(issue.path) : undefined,
    message: explainIssue(issue),
  }));
  // A field the schema refuses gets that one message: its value is to be rewritten anyway.
  const refused = new Set(schemaProblems.map((problem) => problem.field));
  throw new ContentError([...textProblems.filter((problem) => !refused.has(problem.field)), ...schemaProblems]);
}

/**
 * Every text in parsed YAML or JSON that holds a character XML cannot carry (written as an
 * escape such as "\0" or "\u001b", which the file's own text does not show) or leaves a
 * bidirectional override open (see forbidden-characters.ts), as problems naming the field.
 * @param parsed the document, for line numbers
 * @param value the document as plain data
 * @param at the field path of `value` in the document
 */
export function findTextProblems(parsed: ParsedYaml, value: unknown, at: (string | number)[] = []): ContentProblem[] {
  if (typeof value === "string") {
    const where = { file: displayPath(parsed.file), line: parsed.lineOf(at), field: at.length > 0 ? formatFieldPath(at) : undefined };
    const found = findForbiddenCharacter(value);
    if (found) return [{ ...where, message: `holds ${found.description} (character ${[...value.slice(0, found.index)].length + 1}); ${FORBIDDEN_CHARACTER_FIX}` }];
    const open = findOpenBidiControl(value);
    if (open !== undefined) {
      const code = value.charCodeAt(open);
      const closer = code >= 0x2066 ? "U+2069" : "U+202C";
      return [{ ...where, message: `opens a right-to-left or left-to-right override (U+${code.toString(16).toUpperCase()}, character ${[...value.slice(0, open)].length + 1}) and never closes it, which would reverse the text written after it; close it with ${closer} or remove it` }];
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findTextProblems(parsed, item, [...at, index]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => findTextProblems(parsed, item, [...at, key]));
  return [];
}

/**
 * A misspelt field (`publsher:`) is both unknown and leaves the real one missing: one mistake,
 * reported once, as the unknown field with the name that was meant.
 */
function mergeMisspeltFields(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const dropped = new Set<z.core.$ZodIssue>();
  const merged = issues.map((issue) => {
    if (issue.code !== "unrecognized_keys") return issue;
    const where = JSON.stringify(issue.path);
    const meant = issue.keys.map((key) => {
      const missing = issues.find(
        (other) =>
          other.code === "invalid_type" && other.input === undefined && !dropped.has(other) &&
          JSON.stringify(other.path.slice(0, -1)) === where && typeof other.path.at(-1) === "string" &&
          editDistance(key, String(other.path.at(-1))) <= 2,
      );
      if (missing) dropped.add(missing);
      return missing ? `${excerpt(key)} (did you mean "${String(missing.path.at(-1))}"?)` : excerpt(key);
    });
    if (meant.every((text, index) => text === excerpt(issue.keys[index]!))) return issue;
    return { ...issue, code: "custom", message: `unknown field ${meant.join(", ")}; correct the spelling` } as z.core.$ZodIssue;
  });
  return merged.filter((issue) => !dropped.has(issue));
}

/** Levenshtein distance, for telling a typo from another word. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** `["figures", 3, "value"]` → `figures[3].value`. */
export function formatFieldPath(fieldPath: readonly PropertyKey[]): string {
  return fieldPath
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** Turns zod's wording into advice for someone editing YAML. */
function explainIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      // A schema that words its own message (dates say which form to use) is quoted as it is.
      if (!issue.message.startsWith("Invalid input")) return issue.message;
      return issue.input === undefined
        ? `is missing; add it (${issue.expected} expected)`
        : `expected ${issue.expected}, found ${describeValue(issue.input)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => excerpt(k)).join(", ")}; check the spelling or remove ${issue.keys.length > 1 ? "them" : "it"}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${describeValue(issue.input)}`;
    case "invalid_format":
      // Messages that quote the value themselves need no "found" after them.
      return typeof issue.input === "string" && (issue.message.includes(`"${issue.input}"`) || issue.message.includes(excerpt(issue.input))) ? issue.message : `${issue.message}, found ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/** What a whole file holds, said without quoting it. */
function describeKind(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return "a single line of text";
  return Array.isArray(value) ? "a list" : `a single ${typeof value}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (typeof value === "string") return excerpt(value);
  if (value instanceof Date) return `the date ${value.toISOString()} (quote it to keep the offset)`;
  return typeof value === "object" ? (Array.isArray(value) ? "a list" : "a mapping") : String(value);
}
