import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runScript, type ScriptResult } from "../helpers/run-script.ts";
import { readPage } from "../helpers/site.ts";
import { tempDir } from "../helpers/fixtures.ts";

describe("npm run new", () => {
  const work = tempDir();
  const briefingsDir = path.join(work, "briefings");
  const out = path.join(work, "output");
  const newBriefing = (...args: string[]) => runScript("scripts/new-briefing.ts", { BRIEFINGS_DIR: briefingsDir }, args);
  let english: ScriptResult;
  let chinese: ScriptResult;
  let build: ScriptResult;

  beforeAll(() => {
    english = newBriefing("Harbour traffic, 2025: a first look", "--lang", "en");
    chinese = newBriefing("港口运行简报", "--slug", "port-operations");
    // The real `npm run build`, PDFs and all, of exactly what the command wrote.
    build = runScript("scripts/build.ts", { BRIEFINGS_DIR: briefingsDir, BUILD_OUTPUT_DIR: out });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("writes a briefing folder named after a Latin title, with briefing.yaml and one section", () => {
    expect(english.status, english.stderr).toBe(0);
    expect(english.stdout).toContain("harbour-traffic-2025-a-first-look");
    const dir = path.join(briefingsDir, "harbour-traffic-2025-a-first-look");
    expect(readdirSync(dir).sort()).toEqual(["briefing.yaml", "sections"]);
    expect(readdirSync(path.join(dir, "sections"))).toEqual(["01-overview.md"]);
    const data = parse(readFileSync(path.join(dir, "briefing.yaml"), "utf8"));
    expect(data.title).toBe("Harbour traffic, 2025: a first look");
    expect(data.language).toBe("en");
    expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
    // Dated now: within a few minutes of the test.
    expect(Math.abs(Date.parse(data.date) - Date.now())).toBeLessThan(10 * 60_000);
  });

  it("takes the site's language when none is given, and the folder name given with --slug", () => {
    expect(chinese.status, chinese.stderr).toBe(0);
    const data = parse(readFileSync(path.join(briefingsDir, "port-operations", "briefing.yaml"), "utf8"));
    expect(data.language).toBe(JSON.parse(readFileSync("_data/site.json", "utf8")).language);
    expect(data.title).toBe("港口运行简报");
  });

  it("writes briefings that npm run build builds at once, site and PDFs", () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const made: Array<[string, string]> = [["harbour-traffic-2025-a-first-look", "Harbour traffic, 2025: a first look"], ["port-operations", "港口运行简报"]];
    for (const [slug, title] of made) {
      expect(readPage(out, `${slug}/index.html`).querySelector("h1")?.textContent).toBe(title);
      expect(readPage(out, `${slug}/overview/index.html`).querySelector("h1")?.textContent?.length).toBeGreaterThan(0);
      expect(existsSync(path.join(out, slug, `${slug}.pdf`))).toBe(true);
    }
  });

  it("asks for a folder name when a Chinese title gives none, and writes nothing", () => {
    const before = readdirSync(briefingsDir).sort();
    const result = newBriefing("北京港口运行简报");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--slug/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(briefingsDir).sort()).toEqual(before);
  });

  it("refuses to overwrite an existing briefing, leaving its files as they were", () => {
    const file = path.join(briefingsDir, "port-operations", "briefing.yaml");
    const before = readFileSync(file, "utf8");
    const result = newBriefing("Another title", "--slug", "port-operations");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/already exists; nothing was written/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("rejects a folder name that would not be a web address", () => {
    const result = newBriefing("Title", "--slug", "Port Operations");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/lower-case letters, digits and single hyphens/);
  });
});
