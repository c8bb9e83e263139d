import type { z } from "zod";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { ContentError, displayPath, type ContentProblem } from "./content-error.ts";

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
    throw new ContentError(
      document.errors.map((error) => ({
        file: displayPath(file),
        line: lineCounter.linePos(error.pos[0]).line + firstLine - 1,
        message: `this is not valid YAML (${error.message.split("\n")[0]}); check indentation, colons and quotes`,
      })),
    );
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

/**
 * Checks parsed YAML against a schema and returns the typed value, or throws a
 * ContentError listing every problem with its file, line and field.
 * @param parsed the parsed YAML document
 * @param schema the zod schema it must satisfy
 */
export function validateYaml<Schema extends z.ZodType>(parsed: ParsedYaml, schema: Schema): z.infer<Schema> {
  // reportInput: zod 4 leaves the offending value out of issues unless asked.
  const result = schema.safeParse(parsed.document.toJS({ maxAliasCount: 100 }) ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const problems: ContentProblem[] = result.error.issues.map((issue) => ({
    file: displayPath(parsed.file),
    line: parsed.lineOf(issue.path),
    field: issue.path.length > 0 ? formatFieldPath(issue.path) : undefined,
    message: explainIssue(issue),
  }));
  throw new ContentError(problems);
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
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; check the spelling or remove ${issue.keys.length > 1 ? "them" : "it"}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${describeValue(issue.input)}`;
    case "invalid_format":
      // Messages that quote the value themselves need no "found" after them.
      return typeof issue.input === "string" && issue.message.includes(`"${issue.input}"`) ? issue.message : `${issue.message}, found ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (typeof value === "string") return `"${value}"`;
  if (value instanceof Date) return `the date ${value.toISOString()} (quote it to keep the offset)`;
  return typeof value === "object" ? (Array.isArray(value) ? "a list" : "a mapping") : String(value);
}
