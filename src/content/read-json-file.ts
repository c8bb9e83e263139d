import { existsSync } from "node:fs";
import { ContentError } from "../base/content-error.ts";
import { displayPath } from "../base/display-path.ts";
import { readTextFile } from "./read-text-file.ts";
import { findTextProblems, parseYaml, type ParsedYaml } from "./validate.ts";

/**
 * Reads a JSON settings file (`_data/site.json`, `themes.json`, `labels/`), calling a
 * syntax error a JSON error with its line and column. The result is the YAML reader's
 * document (JSON is YAML), so checks against a schema can name the line of a field.
 * @param file the JSON file
 * @throws ContentError when the file is missing, not UTF-8 or not valid JSON
 */
export function readJsonFile(file: string): ParsedYaml {
  if (!existsSync(file)) throw new ContentError([{ file: displayPath(file), message: "this settings file is missing; restore it from the repository" }]);
  const text = readTextFile(file);
  try {
    JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const position = /at position (\d+)/.exec(reason);
    const offset = position ? Number(position[1]) : text.length;
    const before = text.slice(0, offset).split("\n");
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    const startsLine = line > 1 && (before.at(-1) ?? "").trim() === "";
    throw new ContentError([
      {
        file: displayPath(file),
        line,
        message: `this is not valid JSON at line ${line}, column ${column} (${reason.replace(/ in JSON at position \d+$/, "")}); check the commas, quotes and brackets there${
          // A trailing comma is only noticed at the bracket on the next line.
          startsLine ? ` or at the end of line ${line - 1}` : ""
        } (JSON allows no trailing commas or comments)`,
      },
    ]);
  }
  const parsed = parseYaml(text, file);
  // "\u0000" in JSON is a NUL the file's text does not show; site.json's title reaches every feed.
  const problems = findTextProblems(parsed, parsed.document.toJS());
  if (problems.length > 0) throw new ContentError(problems);
  return parsed;
}
