import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { ContentError, type ContentProblem } from "../../../src/base/content-error.ts";
import { readInterfaceWords } from "../../../src/content/interface-words.ts";
import { UserFacingError } from "../../../src/base/user-facing-error.ts";
import { readSettings } from "../../../src/content/settings/settings.ts";
import { renderBriefings } from "../../../src/render/briefing/render-briefing.ts";
import { buildSite } from "../../../src/tools/build/build-site.ts";
import { outputDirFrom, projectFromEnvironment, settingsOverridesFrom } from "../../../src/tools/cli/environment.ts";
import { userMistakeMessage } from "../../../src/tools/cli/run-command.ts";
import { VALID_BRIEFINGS } from "../../helpers/fixtures.ts";
import { runScript } from "../../helpers/run-script.ts";

/**
 * Every mistake a member of staff can make in a briefing folder, `_data/` or the environment,
 * and the one message it must give. Adding a case is one line: what to break, then where the
 * message must point (file, line, field) and words it must contain.
 */

/** A change to a copy of the valid content: `root` holds `briefings/trade-note/…` and `_data/…`. */
type Break = (root: string) => void;

interface BadInput {
  name: string;
  break: Break;
  /** The file the message names, as the end of its path. */
  file: string;
  line?: number;
  field?: string;
  says: string[];
  /** Environment variables set while checking. */
  env?: Record<string, string>;
}

const BRIEFING = "briefings/trade-note";
const YAML = `${BRIEFING}/briefing.yaml`;
const TRAFFIC = `${BRIEFING}/sections/01-traffic.md`;
const HISTORY = `${BRIEFING}/sections/02-history.md`;

const edit = (file: string, change: (text: string) => string): Break => (root) =>
  writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), "utf8")));
const replace = (file: string, from: string | RegExp, to: string): Break => edit(file, (text) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the case does not apply: ${String(from)} is not in ${file}`);
  return changed;
});
const write = (file: string, content: string | Buffer): Break => (root) => writeFileSync(path.join(root, file), content);
const remove = (file: string): Break => (root) => rmSync(path.join(root, file), { recursive: true, force: true });
const move = (from: string, to: string): Break => (root) => renameSync(path.join(root, from), path.join(root, to));
const both = (...breaks: Break[]): Break => (root) => breaks.forEach((b) => b(root));
/** Latin-1 bytes for "café" on the given line of an otherwise ASCII text. */
const latin1 = (text: string) => Buffer.from(text, "latin1");
/**
 * A file outside every briefing folder, as a secrets file on a build machine would be: no message
 * and no output may ever show what it holds.
 */
const SECRET_TEXT = "db_password=hunter2-cannot-leak api_key=sk-0123456789abcdef";
const OUTSIDE = mkdtempSync(path.join(tmpdir(), "bad-input-outside-"));
const SECRET = path.join(OUTSIDE, "secrets.env");
writeFileSync(SECRET, `${SECRET_TEXT}\n`);
mkdirSync(path.join(OUTSIDE, "sections"));
writeFileSync(path.join(OUTSIDE, "sections/01-leak.md"), `---\ntitle: Leak\n---\n\n${SECRET_TEXT}\n`);
afterAll(() => rmSync(OUTSIDE, { recursive: true, force: true }));
/** Replaces a file in the copy with a symbolic link to `target`. */
const symlink = (file: string, target: string): Break => (root) => {
  rmSync(path.join(root, file), { recursive: true, force: true });
  symlinkSync(target, path.join(root, file));
};
const CHART = "charts:\n  - id: traffic-chart\n    title: Traffic\n    series:\n      - figure: containers\n";
const withChart = (chart = CHART): Break => edit(YAML, (text) => `${text}${chart}`);
const placeChart = replace(TRAFFIC, "## Berths", '{% chart "traffic-chart" %}\n\n## Berths');

const CASES: BadInput[] = [
  // briefing.yaml: syntax, types, fields
  { name: "YAML syntax error", break: replace(YAML, "shortTitle: Port note", "shortTitle: [Port note"), file: YAML, line: 4, says: ["not valid YAML", "or at the end of line 3"] },
  { name: "unquoted French title with ' : ' (one message, with the quoted line as the fix)", break: replace(YAML, "title: Port traffic note", "title: Le port : bilan du trimestre"), file: YAML, line: 2, says: ["not valid YAML at column 8", 'must be in quotes, e.g. title: "Le port : bilan du trimestre"'] },
  { name: "field indented one space short (one message, not one per line after it)", break: replace(YAML, "  - id: berths\n    label: Berths in use", "  - id: berths\n   label: Berths in use"), file: YAML, line: 27, says: ["not valid YAML at column 1", "check the indentation"] },
  { name: "tab used for indentation", break: replace(YAML, "    label: Berths in use", "\tlabel: Berths in use"), file: YAML, line: 27, says: ["indent with spaces, not tabs"] },
  { name: "empty briefing.yaml (one message, not one per field)", break: write(YAML, ""), file: YAML, line: 1, says: ["holds no fields (it is empty, or only comments)"] },
  { name: "briefing.yaml of comments only", break: write(YAML, "# to do\n"), file: YAML, line: 1, says: ["holds no fields"] },
  { name: "billion laughs (aliases expanding without end)", break: edit(YAML, (text) => `a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n${text}`), file: YAML, line: 1, says: ["repeats aliases", "write the values out"] },
  { name: "number written as a word", break: replace(YAML, "value: 14", "value: fourteen"), file: YAML, line: 28, field: "figures[1].value", says: ['expected number, found "fourteen"'] },
  { name: "required field missing", break: replace(YAML, /^summary: .*\n/m, ""), file: YAML, field: "summary", says: ["is missing; add it"] },
  { name: "misspelt field", break: replace(YAML, "publisher: Test Desk", "publsher: Test Desk"), file: YAML, line: 8, says: ['unknown field "publsher" (did you mean "publisher"?)'] },
  { name: "two figures with one id", break: replace(YAML, "id: berths", "id: containers"), file: YAML, line: 26, field: "figures[1].id", says: ['"containers" is used by an earlier figure'] },
  { name: "figure id not a slug", break: replace(YAML, "id: berths", "id: Berths_In_Use"), file: YAML, line: 26, field: "figures[1].id", says: ["lower-case letters, digits and single hyphens"] },
  { name: "unknown time zone", break: replace(YAML, "timeZone: Europe/London", "timeZone: Europe/Londn"), file: YAML, line: 5, field: "timeZone", says: ["IANA time zone name"] },
  { name: "language not a BCP 47 tag", break: replace(YAML, "language: en", "language: English"), file: YAML, line: 6, field: "language", says: ["BCP 47 language tag"] },
  { name: "qualifier not one of the meanings", break: replace(YAML, "qualifier: 近", "qualifier: roughly"), file: YAML, line: 22, field: "figures[0].qualifier", says: ["use one of about, nearly, more-than, over"] },
  { name: "unknown figure kind", break: replace(YAML, "kind: year", "kind: years"), file: YAML, line: 35, field: "figures[2].kind", says: ['"count"', '"years"'] },
  { name: "yes/no instead of true/false", break: replace(YAML, "headline: true", "headline: yes"), file: YAML, line: 25, field: "figures[0].headline", says: ['expected boolean, found "yes"'] },
  // dates
  { name: "date without its UTC offset", break: replace(YAML, "date: 2024-05-02T09:30:00+01:00", 'date: "2024-05-02T09:30:00"'), file: YAML, line: 4, field: "date", says: ["has no UTC offset", "2024-05-02T09:30:00+08:00"] },
  { name: "date that does not exist", break: replace(YAML, "date: 2024-05-02T09:30:00+01:00", "date: 2023-02-30T18:00:00+08:00"), file: YAML, line: 4, field: "date", says: ["2023-02-30 does not exist", "February 2023 has 28 days"] },
  { name: "date missing", break: replace(YAML, /^date: .*\n/m, ""), file: YAML, field: "date", says: ["is missing", "date-time with its UTC offset, e.g. 2023-06-27T18:00:00+08:00"] },
  { name: "date without a time", break: replace(YAML, "date: 2024-05-02T09:30:00+01:00", "date: 2024-05-02"), file: YAML, line: 4, field: "date", says: ["has no time", "2024-05-02T18:00:00+08:00"] },
  { name: "offset without a colon", break: replace(YAML, "date: 2024-05-02T09:30:00+01:00", "date: 2024-05-02T09:30:00+0100"), file: YAML, line: 4, field: "date", says: ["+HH:MM"] },
  { name: "source dated a day that does not exist", break: replace(YAML, "date: 2024-04-30", "date: 2024-04-31"), file: YAML, line: 13, field: "source.date", says: ["April 2024 has 30 days"] },
  { name: "update dated month 13", break: replace(YAML, "date: 2024-05-10", "date: 2024-13-10"), file: YAML, line: 38, field: "updates[0].date", says: ["no month 13"] },
  { name: "updated before date", break: replace(YAML, "timeZone: Europe/London", "updated: 2024-04-02T09:30:00+01:00\ntimeZone: Europe/London"), file: YAML, line: 5, field: "updated", says: ["is before the briefing's date"] },
  { name: "update dated before the briefing", break: replace(YAML, "date: 2024-05-10", "date: 2023-05-10"), file: YAML, line: 38, field: "updates[0].date", says: ["2023-05-10 is before the briefing's date (2024-05-02)"] },
  { name: "two updates on one day without ids", break: replace(YAML, "updates:\n", "updates:\n  - date: 2024-05-10\n    title: Second\n    note: Another.\n"), file: YAML, line: 41, field: "updates[1].date", says: ['both have the id "2024-05-10"', "id: 2024-05-10-2"] },
  // encoding and size
  { name: "briefing.yaml in Latin-1", break: (root) => write(YAML, Buffer.concat([readFileSync(path.join(root, YAML)).subarray(0, 0), latin1(readFileSync(path.join(root, YAML), "utf8").replace("Test Desk\ntags", "Test Désk\ntags").replace("近", "~"))]))(root), file: YAML, line: 8, says: ["not UTF-8", "byte 0xE9", "save it as UTF-8"] },
  { name: "section in Latin-1", break: (root) => write(HISTORY, latin1("---\ntitle: History\n---\n\nThe terminal opened in {% figure \"opened\" %}.\n\nLe café du port.\n"))(root), file: HISTORY, line: 7, says: ["not UTF-8", "byte 0xE9"] },
  { name: "section over the size limit", break: edit(TRAFFIC, (text) => `${text}\n${"Long prose about the port. ".repeat(40_000)}\n`), file: TRAFFIC, line: 12, says: ["more than the limit of 1.0 MB", "split it into several sections"] },
  { name: "blockquotes nested beyond the limit", break: edit(HISTORY, (text) => `${text}\n${"> ".repeat(25)}Deep.\n`), file: HISTORY, line: 7, says: ["nest more than 20 deep", "flatten"] },
  { name: "list nested 10,000 deep", break: edit(HISTORY, (text) => `${text}\n${"- ".repeat(10_000)}Lost.\n`), file: HISTORY, line: 7, says: ["nest more than 20 deep"] },
  { name: "section that is a 3 GB sparse file", break: (root) => truncateSync(path.join(root, TRAFFIC), 3_000_000_000), file: TRAFFIC, line: 11, says: ["the file is 3000 MB, more than the limit of 1.0 MB"] },
  { name: "NUL byte in prose", break: replace(HISTORY, "The terminal", "The\u0000terminal"), file: HISTORY, line: 5, says: ["column 4 holds U+0000 (NUL)", "feeds (XML) cannot carry it"] },
  { name: "ESC written as a YAML escape in the title", break: replace(YAML, "title: Port traffic note", 'title: "Port \\e[31mtraffic"'), file: YAML, line: 2, field: "title", says: ["U+001B (ESC)", "character 6"] },
  { name: "title that leaves a right-to-left override open", break: replace(YAML, "title: Port traffic note", "title: Port \u202Eeton"), file: YAML, line: 2, field: "title", says: ["U+202E", "never closes it"] },
  // files from outside the briefing folder
  { name: "section symlinked to a file outside the briefing", break: symlink(TRAFFIC, path.join(OUTSIDE, "sections/01-leak.md")), file: TRAFFIC, says: ["is a symbolic link", "copy of the file"] },
  { name: "briefing.yaml symlinked to a secrets file", break: symlink(YAML, SECRET), file: YAML, says: ["is a symbolic link"] },
  { name: "section hard-linked to a file outside the briefing", break: (root) => { rmSync(path.join(root, HISTORY)); linkSync(SECRET, path.join(root, HISTORY)); }, file: HISTORY, says: ["is a hard link", "copy of its own"] },
  { name: "sections folder symlinked to a folder outside", break: symlink(`${BRIEFING}/sections`, path.join(OUTSIDE, "sections")), file: `${BRIEFING}/sections`, says: ["is a symbolic link"] },
  { name: "briefing folder symlinked from elsewhere", break: (root) => { renameSync(path.join(root, BRIEFING), path.join(root, "elsewhere")); symlinkSync(path.join(root, "elsewhere"), path.join(root, BRIEFING)); }, file: BRIEFING, says: ["is a symbolic link"] },
  { name: "dangling symlink in the briefings folder", break: (root) => symlinkSync(path.join(root, "gone"), path.join(root, "briefings/old-note")), file: "briefings/old-note", says: ["is a symbolic link"] },
  { name: "briefing.yaml that is one line of text (not quoted back)", break: write(YAML, `${SECRET_TEXT}\n`), file: YAML, line: 1, says: ["holds a single line of text, not fields"] },
  { name: "long value quoted as a short escaped excerpt", break: replace(YAML, "value: 14", `value: "${SECRET_TEXT}"`), file: YAML, field: "figures[1].value", says: ['expected number, found "db_password=hunter2-cannot-leak api_key=…"'] },
  { name: "briefings folder that is a file", break: both(remove("briefings"), write("briefings", "trade-note\n")), file: "briefings", says: ["is a file, not a folder", "BRIEFINGS_DIR"] },
  // shortcodes in prose
  { name: "unknown figure id in prose (and no cascade of unstated figures)", break: replace(TRAFFIC, '"containers"', '"container"'), file: TRAFFIC, line: 6, says: ['no key figure with id "container"'] },
  { name: "figure stated nowhere", break: replace(HISTORY, '{% figure "opened" %}', "1998"), file: YAML, line: 31, field: "figures[2].id", says: ['figure "opened" is not stated in any section', '{% figure "opened" %}'] },
  { name: "misspelt shortcode name", break: replace(TRAFFIC, '{% figure "containers" %}', '{% figur "containers" %}'), file: TRAFFIC, line: 6, says: ['{% figur "containers" %} is not a shortcode', 'did you mean {% figure "id" %}'] },
  { name: "figure id without quotes", break: replace(TRAFFIC, '{% figure "containers" %}', "{% figure containers %}"), file: TRAFFIC, line: 6, says: ['write the id in double quotes: {% figure "id" %}'] },
  { name: "figure id in single quotes", break: replace(HISTORY, '{% figure "opened" %}', "{% figure 'opened' %}"), file: HISTORY, line: 5, says: ["double quotes"] },
  { name: "unknown tag", break: replace(HISTORY, "The terminal", '{% include "notes.md" %} The terminal'), file: HISTORY, line: 5, says: ["is not a shortcode the build knows", 'only {% figure "id" %} and {% chart "id" %}'] },
  { name: "shortcode never closed", break: replace(HISTORY, '{% figure "opened" %}.', '{% figure "opened"'), file: HISTORY, line: 5, says: ["not closed with %}"] },
  { name: "unknown chart id in prose", break: replace(TRAFFIC, "## Berths", '{% chart "nope" %}\n\n## Berths'), file: TRAFFIC, line: 8, says: ['no chart with id "nope"'] },
  { name: "chart inside a sentence", break: both(withChart(), replace(TRAFFIC, "in the first quarter.", 'in the first quarter {% chart "traffic-chart" %}.')), file: TRAFFIC, line: 6, says: ["on a line of its own"] },
  { name: "chart naming an unknown figure", break: both(withChart(CHART.replace("figure: containers", "figure: cranes")), placeChart), file: YAML, line: 45, field: "charts[0].series[0].figure", says: ['"cranes"'] },
  { name: "chart placed nowhere", break: withChart(), file: YAML, line: 42, field: "charts[0].id", says: ['chart "traffic-chart" is not placed in any section'] },
  // section files
  { name: "section without front matter", break: replace(HISTORY, /^---[\s\S]*?---\n/, ""), file: HISTORY, line: 1, says: ["front matter between two --- lines"] },
  { name: "front matter YAML error", break: replace(HISTORY, "title: History", "title: [History"), file: HISTORY, line: 2, says: ["not valid YAML"] },
  { name: "front matter without a title", break: replace(HISTORY, "title: History", "summary: Dates."), file: HISTORY, line: 2, field: "title", says: ["is missing"] },
  { name: "misspelt front matter field", break: replace(HISTORY, "title: History", "title: History\ntitel: History"), file: HISTORY, line: 3, says: ['unknown field "titel"'] },
  { name: "section with only front matter", break: write(`${BRIEFING}/sections/03-outlook.md`, "---\ntitle: Outlook\n---\n\n"), file: `${BRIEFING}/sections/03-outlook.md`, line: 4, says: ["no prose", "or delete the file"] },
  { name: "section named like the figures page", break: write(`${BRIEFING}/sections/05-figures.md`, "---\ntitle: Figures\n---\n\nMore.\n"), file: `${BRIEFING}/sections/05-figures.md`, says: ['cannot be named "figures"', "reserved: about, figures, print, updates"] },
  { name: "section named like the print edition", break: move(HISTORY, `${BRIEFING}/sections/02-print.md`), file: `${BRIEFING}/sections/02-print.md`, says: ['cannot be named "print"', "02-print-overview.md"] },
  { name: "section file name with spaces", break: write(`${BRIEFING}/sections/03 Notes.md`, "---\ntitle: Notes\n---\n\nText.\n"), file: `${BRIEFING}/sections/03 Notes.md`, says: ["a number, a hyphen and a lower-case name"] },
  { name: "two sections with one name", break: write(`${BRIEFING}/sections/03-traffic.md`, "---\ntitle: Again\n---\n\nText.\n"), file: `${BRIEFING}/sections/03-traffic.md`, says: ['also named "traffic"'] },
  { name: "sections folder missing (one message, not one per figure)", break: remove(`${BRIEFING}/sections`), file: `${BRIEFING}/sections`, says: ["the sections folder is missing"] },
  { name: "sections folder empty", break: both(remove(TRAFFIC), remove(HISTORY)), file: `${BRIEFING}/sections`, says: ["no sections found"] },
  // briefing folders
  { name: "briefing.yaml missing", break: remove(YAML), file: BRIEFING, says: ["briefing.yaml is missing"] },
  { name: "briefing folder name not a slug", break: move(BRIEFING, "briefings/Trade_Note"), file: "briefings/Trade_Note", says: ["lower-case letters, digits and hyphens"] },
  { name: "briefing folder named ..beijing (not skipped as hidden)", break: move(BRIEFING, "briefings/..trade-note"), file: "briefings/..trade-note", says: ["lower-case letters, digits and hyphens"] },
  { name: "briefing folder named like the site's assets", break: move(BRIEFING, "briefings/assets"), file: "briefings/assets", says: ['cannot be named "assets"'] },
  { name: "no briefings at all", break: remove(BRIEFING), file: "briefings", says: ["no briefings found"] },
  { name: "briefings folder missing", break: remove("briefings"), file: "briefings", says: ["the briefings folder does not exist"] },
  // _data and the environment
  { name: "site.json with a trailing comma", break: edit("_data/site.json", (text) => text.replace(/\n\}\s*$/, ",\n}\n")), file: "_data/site.json", says: ["not valid JSON at line", "column", "trailing commas"] },
  { name: "themes.json with a missing comma", break: edit("_data/themes.json", (text) => text.replace(/",\n/, '"\n')), file: "_data/themes.json", says: ["not valid JSON at line", "Expected ',' or '}'"] },
  { name: "a labels file cut short", break: edit("_data/labels/fr.json", (text) => text.slice(0, 30)), file: "_data/labels/fr.json", says: ["not valid JSON at line", "Unterminated string"] },
  { name: "unknown theme", break: edit("_data/site.json", (text) => text.replace(/"theme":\s*"[^"]*"/, '"theme": "neon"')), file: "_data/site.json", field: "theme", says: ["choose one of the themes"] },
  { name: "relative base URL", break: edit("_data/site.json", (text) => text.replace(/"url":\s*"[^"]*"/, '"url": "/briefings/"')), file: "_data/site.json", field: "url", says: ['"/briefings/" is not an absolute URL'] },
  { name: "bad SITE_URL", break: () => undefined, env: { SITE_URL: "briefings.example.org" }, file: "the SITE_URL environment variable", says: ["not an absolute URL", "https://briefings.example.org/"] },
  { name: "bad BRIEFING_PAPER", break: () => undefined, env: { BRIEFING_PAPER: "B5" }, file: "the environment variable BRIEFING_PAPER", says: ['"B5"', '"A4" or "Letter"'] },
];

/**
 * Copies the valid content and `_data`, breaks the copy, and returns what checking it reports:
 * the labels, the settings (with the environment the case sets, as a command's entry reads it),
 * the briefings as loaded, and as rendered.
 */
function problemsOf(testCase: BadInput): ContentProblem[] {
  const root = mkdtempSync(path.join(tmpdir(), "bad-input-"));
  try {
    cpSync(VALID_BRIEFINGS, path.join(root, "briefings"), { recursive: true });
    cpSync("_data", path.join(root, "_data"), { recursive: true });
    testCase.break(root);
    try {
      const labels = readInterfaceWords(path.join(root, "_data/labels"));
      readSettings({ dataDir: path.join(root, "_data"), overrides: settingsOverridesFrom(testCase.env ?? {}) });
      renderBriefings(loadBriefings(path.join(root, "briefings")), labels);
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => ({ ...p, file: p.file.split(`${root}/`).join("") }));
      if (error instanceof UserFacingError) return [{ file: "", message: error.message }];
      throw error;
    }
    throw new Error("the broken content was accepted");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("bad input", () => {
  it("has a table of at least 40 distinct mistakes", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const testCase of CASES) {
    it(`${testCase.name}: one message naming ${testCase.file}${testCase.line ? `:${testCase.line}` : ""}${testCase.field ? ` ${testCase.field}` : ""}`, () => {
      const problems = problemsOf(testCase);
      expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
      expect(JSON.stringify(problems)).not.toContain("hunter2-cannot-leak api_key=sk");
      const [problem] = problems as [ContentProblem];
      expect(problem.file.endsWith(testCase.file) || problem.file === testCase.file, problem.file).toBe(true);
      if (testCase.line !== undefined) expect(problem.line).toBe(testCase.line);
      if (testCase.field !== undefined) expect(problem.field).toBe(testCase.field);
      for (const words of testCase.says) expect(problem.message).toContain(words);
    });
  }
});

describe("bad input to npm run build:site", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A copy of the valid briefings, broken, and the environment the command would run with. */
  function brokenCopy(breakIt: Break, env: Record<string, string> = {}) {
    const root = mkdtempSync(path.join(tmpdir(), "bad-input-script-"));
    made.push(root);
    cpSync(VALID_BRIEFINGS, path.join(root, "briefings"), { recursive: true });
    mkdirSync(path.join(root, "_data"));
    breakIt(root);
    return { root, env: { BRIEFINGS_DIR: path.join(root, "briefings"), BUILD_OUTPUT_DIR: path.join(root, "output"), ...env } };
  }

  /**
   * Runs the command's work in this process, as scripts/build-site.ts runs it, and returns what
   * the command would print for the error it ends with (undefined for a bug in the generator).
   */
  async function buildInProcess(breakIt: Break, env?: Record<string, string>) {
    const copy = brokenCopy(breakIt, env);
    const environment = { ...process.env, ...copy.env };
    try {
      await buildSite({ outputDir: outputDirFrom(environment), project: projectFromEnvironment(environment), quiet: true });
    } catch (error) {
      return { root: copy.root, message: userMistakeMessage(error), error };
    }
    throw new Error("the broken content was built");
  }

  /** The message a refusal prints: a heading, one indented problem, the words it must say, no stack trace, no secret. */
  function expectOneHeadedMessage(printed: string, says: string[]) {
    const lines = printed.trim().split("\n");
    expect(lines.filter((line) => /^Nothing was published/.test(line))).toHaveLength(1);
    expect(lines.filter((line) => /^ {2}\S/.test(line)), printed).toHaveLength(1);
    for (const words of says) expect(printed).toContain(words);
    expect(printed).not.toMatch(/^\s+at |bug in the generator/m);
    expect(printed).not.toContain("hunter2");
  }

  // Each case is refused by the command's own work, run in this process (a process per case cost
  // a second each); the two marked `throughTheCommand` also run as a user runs them, to see the
  // exit status and that nothing but the message is printed.
  const SCRIPT_CASES: { name: string; break: Break; says: string[]; env?: Record<string, string>; throughTheCommand?: true }[] = [
    { name: "a Latin-1 section", break: (root) => write(HISTORY, latin1("---\ntitle: History\n---\n\nCafé {% figure \"opened\" %}.\n"))(root), says: ["02-history.md:5: the file is not UTF-8"] },
    { name: "a section named 05-figures.md", break: write(`${BRIEFING}/sections/05-figures.md`, "---\ntitle: F\n---\n\nText.\n"), says: ['05-figures.md: a section cannot be named "figures"'] },
    { name: "a mistyped shortcode", break: replace(TRAFFIC, '{% figure "containers" %}', '{% figur "containers" %}'), says: ['01-traffic.md:6: {% figur "containers" %} is not a shortcode'] },
    { name: "a section symlinked to a file outside", break: symlink(TRAFFIC, path.join(OUTSIDE, "sections/01-leak.md")), says: ["01-traffic.md: this is a symbolic link"] },
    { name: "briefing.yaml symlinked to a secrets file", break: symlink(YAML, SECRET), says: ["briefing.yaml: this is a symbolic link"], throughTheCommand: true },
    { name: "an updated date in the year 2999", break: replace(YAML, "timeZone: Europe/London", "updated: 2999-05-02T09:30:00+01:00\ntimeZone: Europe/London"), says: ["briefing.yaml:5 updated: 2999-05-02T09:30:00+01:00 is more than a year after this build (2024-06-01)"], env: { SOURCE_DATE_EPOCH: "1717200000" } },
    { name: "a dangling symlink in the briefings folder", break: (root) => symlinkSync(path.join(root, "gone"), path.join(root, "briefings/old-note")), says: ["briefings/old-note: this is a symbolic link"] },
    { name: "BRIEFINGS_DIR naming a file", break: both(remove("briefings"), write("briefings", "x\n")), says: ["briefings: this is a file, not a folder"] },
    { name: "a missing sections folder", break: remove(`${BRIEFING}/sections`), says: ["trade-note/sections: the sections folder is missing"] },
    { name: "an impossible date", break: replace(YAML, "date: 2024-05-02T09:30:00+01:00", "date: 2023-02-30T18:00:00+08:00"), says: ["briefing.yaml:4 date:", "does not exist"] },
    { name: "a relative SITE_URL", break: () => undefined, says: ["SITE_URL environment variable", "not an absolute URL"], env: { SITE_URL: "/staging/" }, throughTheCommand: true },
  ];

  for (const testCase of SCRIPT_CASES) {
    it(`${testCase.name}: refused with one headed message, no stack trace, nothing written`, async () => {
      const result = await buildInProcess(testCase.break, testCase.env);
      expect(result.message, String(result.error)).toBeDefined();
      expectOneHeadedMessage(result.message!, testCase.says);
      expect(readdirSync(result.root).sort()).toEqual(["_data", "briefings"]);
    });
  }

  for (const testCase of SCRIPT_CASES.filter((c) => c.throughTheCommand)) {
    it(`${testCase.name}, through the command: exits 1 printing only that message, nothing written`, () => {
      const copy = brokenCopy(testCase.break, testCase.env);
      const result = runScript("scripts/build-site.ts", copy.env);
      expect(result.status).toBe(1);
      expectOneHeadedMessage(result.stderr, testCase.says);
      expect(result.stdout).not.toContain("hunter2");
      expect(readdirSync(copy.root).sort()).toEqual(["_data", "briefings"]);
    });
  }
});
