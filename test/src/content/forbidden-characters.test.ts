import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError, type ContentProblem } from "../../../src/base/content-error.ts";
import { findForbiddenCharacter, findOpenBidiControl } from "../../../src/content/forbidden-characters.ts";
import { readTextFile } from "../../../src/content/read-text-file.ts";
import { briefingFileSchema, sectionFrontMatterSchema } from "../../../src/content/schema.ts";
import { parseYaml, validateYaml } from "../../../src/content/validate.ts";
import { VALID_BRIEFINGS } from "../../helpers/fixtures.ts";

/** Every character XML 1.0 cannot carry (and the C1 controls), one string each. */
const FORBIDDEN: string[] = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0xfffe,
  0xffff,
  0xd800,
  0xdbff,
  0xdc00,
  0xdfff,
].map((code) => String.fromCharCode(code));

const hex = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

const BRIEFING_YAML = readFileSync(path.join(VALID_BRIEFINGS, "trade-note/briefing.yaml"), "utf8");
const FRONT_MATTER = "title: History\nsummary: When the terminal opened.\n";

/** The path of every text value in a YAML document (every field the schema reads as text). */
function textFields(yaml: string): (string | number)[][] {
  const walk = (value: unknown, at: (string | number)[]): (string | number)[][] => {
    if (typeof value === "string") return [at];
    if (Array.isArray(value)) return value.flatMap((item, index) => walk(item, [...at, index]));
    if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => walk(item, [...at, key]));
    return [];
  };
  return walk(parseYaml(yaml, "x.yaml").document.toJS(), []);
}

/** What validating `yaml` reports with `field` set to a text holding `character`, as YAML escapes it. */
function problemsWith(yaml: string, field: (string | number)[], character: string, schema: typeof briefingFileSchema | typeof sectionFrontMatterSchema): ContentProblem[] {
  const parsed = parseYaml(yaml, "briefing.yaml");
  const before = parsed.document.getIn(field);
  parsed.document.setIn(field, `${String(before)}${character}tail`);
  try {
    validateYaml(parsed, schema);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe("characters XML cannot carry", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "forbidden-characters-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the briefing and section schemas have text fields to try (the table is not empty)", () => {
    expect(textFields(BRIEFING_YAML).length).toBeGreaterThan(25);
    expect(textFields(FRONT_MATTER)).toEqual([["title"], ["summary"]]);
  });

  it("every forbidden character in every text field of briefing.yaml is refused, naming the field and the character", () => {
    const fields = textFields(BRIEFING_YAML);
    const namingTheCharacter = new Set<string>();
    for (const field of fields) {
      const name = field.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${part}`)).join("");
      for (const character of FORBIDDEN) {
        const problems = problemsWith(BRIEFING_YAML, field, character, briefingFileSchema);
        // A field whose form the schema checks (a date, an id, a time zone) is refused by that check.
        const refused = problems.find((problem) => problem.field === name);
        expect(refused, `${name} with ${hex(character)}: ${JSON.stringify(problems)}`).toBeDefined();
        expect(refused!.line).toBeGreaterThan(0);
        if (refused!.message.startsWith(`holds ${hex(character)}`)) namingTheCharacter.add(name);
      }
    }
    // Every free-text field names the character itself.
    for (const name of ["title", "summary", "publisher", "tags[0]", "source.title", "credits[0].name", "figures[0].label", "figures[0].unit", "figures[0].change.basis", "updates[0].note"]) {
      expect(namingTheCharacter, name).toContain(name);
    }
  });

  it("every forbidden character in a section's front matter is refused, naming the field", () => {
    for (const field of [["title"], ["summary"]]) {
      for (const character of FORBIDDEN) {
        const problems = problemsWith(FRONT_MATTER, field, character, sectionFrontMatterSchema);
        expect(problems.map((p) => `${p.field}: ${p.message}`).join("\n")).toContain(`${field[0]}: holds ${hex(character)}`);
      }
    }
  });

  it("every forbidden character written raw in a file (prose or YAML) is refused with its line and column", () => {
    // Lone surrogates cannot be written as UTF-8; the others can.
    for (const character of FORBIDDEN.filter((c) => c.charCodeAt(0) < 0xd800 || c.charCodeAt(0) > 0xdfff)) {
      const file = path.join(dir, "01-traffic.md");
      writeFileSync(file, `---\ntitle: Traffic\n---\n\nShips ar${character}rived.\n`);
      let problems: ContentProblem[] = [];
      try {
        readTextFile(file);
      } catch (error) {
        if (error instanceof ContentError) problems = error.problems;
      }
      expect(problems, hex(character)).toHaveLength(1);
      expect(problems[0]!.line).toBe(5);
      expect(problems[0]!.message).toContain(`column 9 holds ${hex(character)}`);
    }
  });

  it("tab, line feed, carriage return and ordinary text of any script are accepted", () => {
    expect(findForbiddenCharacter("a\tb\nc\r\nd 北京 ألف 😀 \u00a0\u00ad\ufeff")).toBeUndefined();
  });

  it("names the control characters people meet: NUL and ESC", () => {
    expect(findForbiddenCharacter("a\u0000")?.description).toBe("U+0000 (NUL), a control character");
    expect(findForbiddenCharacter("\u001b[31m")).toEqual({ index: 0, description: "U+001B (ESC), a control character" });
    expect(findForbiddenCharacter("\ud83d")?.description).toContain("lone surrogate");
  });
});

describe("bidirectional overrides", () => {
  it("closed overrides and isolates are accepted, as Arabic and Hebrew titles need them", () => {
    expect(findOpenBidiControl("تقرير \u2066Rotterdam 2023\u2069")).toBeUndefined();
    expect(findOpenBidiControl("a\u202bb\u202cc")).toBeUndefined();
    expect(findOpenBidiControl("a\u2067b\u202ec\u2069")).toBeUndefined();
  });

  it("an override left open is found where it opens", () => {
    expect(findOpenBidiControl("Invoice \u202egpj.exe")).toBe(8);
    expect(findOpenBidiControl("a\u2068b")).toBe(1);
    expect(findOpenBidiControl("a\u202cb\u202d")).toBe(3);
  });

  it("a title that leaves one open is refused, naming the field and the character that closes it", () => {
    const yaml = BRIEFING_YAML.replace("title: Port traffic note", 'title: "Port \\u202Eelif.exe"');
    let problems: ContentProblem[] = [];
    try {
      validateYaml(parseYaml(yaml, "briefing.yaml"), briefingFileSchema);
    } catch (error) {
      if (error instanceof ContentError) problems = error.problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "title", line: 2 });
    expect(problems[0]!.message).toContain("U+202E");
    expect(problems[0]!.message).toContain("close it with U+202C");
  });
});
