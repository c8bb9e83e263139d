import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { projectRoot } from "../../base/project-root.ts";
import type { Finding } from "./finding.ts";
import { htmlPages } from "./site-files.ts";

/**
 * The project's html-validate settings: the recommended preset with the few exceptions that
 * README ("The quality gate") explains. Read from the repository, not from beside the checked
 * folder, so a site built elsewhere is held to the same rules.
 */
const CONFIG_FILE = ".htmlvalidate.json";

/**
 * Validates every HTML page of the site (print editions and the not-found page included)
 * with html-validate. Each error becomes a finding with its line, column and rule.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 */
export async function validateHtml(root: string, files: string[]): Promise<Finding[]> {
  const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(projectRoot(), CONFIG_FILE), "utf8")) as ConfigData);
  const findings: Finding[] = [];
  for (const file of htmlPages(files)) {
    const report = await validator.validateString(readFileSync(path.join(root, file), "utf8"), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        findings.push({ file, problem: `line ${message.line}:${message.column}: ${message.message} (html-validate ${message.ruleId})` });
      }
    }
  }
  return findings;
}
