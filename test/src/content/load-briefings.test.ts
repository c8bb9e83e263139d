import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { ContentError } from "../../../src/base/content-error.ts";
import { brokenBriefings, VALID_BRIEFINGS } from "../../helpers/fixtures.ts";
import { renderedBriefings } from "../../helpers/project.ts";

/** Loads broken content and returns the ContentError it must raise. */
function problemsOf(edit: Parameters<typeof brokenBriefings>[0]): ContentError {
  const dir = brokenBriefings(edit);
  try {
    loadBriefings(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error("expected the content to be rejected");
}

describe("loadBriefings", () => {
  const [briefing] = loadBriefings(VALID_BRIEFINGS);

  it("orders sections by their file-name number and derives their ids and URLs", () => {
    expect(briefing!.sections.map((s) => [s.number, s.id, s.url])).toEqual([
      [1, "traffic", "/trade-note/traffic/"],
      [2, "history", "/trade-note/history/"],
    ]);
  });

  it("keeps each section's prose as Markdown, with the line of its file it starts on", () => {
    expect(briefing!.sections.map((s) => [s.sourceFile.split("/").slice(-2).join("/"), s.bodyLine])).toEqual([["sections/01-traffic.md", 5], ["sections/02-history.md", 4]]);
    expect(briefing!.sections[1]!.body).toContain('{% figure "opened" %}');
    expect(JSON.stringify(briefing)).not.toMatch(/<p\b|<data\b/);
  });

  it("links each figure to the paragraph or list item that states it, once rendered", () => {
    const [rendered] = renderedBriefings(VALID_BRIEFINGS);
    const where = Object.fromEntries(rendered!.figures.map((f) => [f.id, f.url]));
    expect(where).toEqual({
      containers: "/trade-note/traffic/#traffic-p1",
      berths: "/trade-note/traffic/#traffic-li1",
      opened: "/trade-note/history/#history-p1",
    });
  });

  it("fills defaults and sorts updates newest first", () => {
    expect(briefing!.shortTitle).toBe("Port note");
    expect(briefing!.updated).toBe(briefing!.date);
    expect(briefing!.figures.find((f) => f.id === "berths")?.kind).toBe("count");
  });

  it("names the file, line and field of a value of the wrong type", () => {
    const error = problemsOf({ "briefing.yaml": (t) => t.replace("value: 14", "value: fourteen") });
    expect(error.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/trade-note\/briefing\.yaml$/), line: 28, field: "figures[1].value" }),
    ]);
    expect(error.message).toMatch(/figures\[1\]\.value: expected number, found "fourteen"/);
  });

  it("names a missing required field", () => {
    const error = problemsOf({ "briefing.yaml": (t) => t.replace(/^summary: .*\n/m, "") });
    expect(error.message).toMatch(/briefing\.yaml:\d+ summary: is missing/);
  });

  it("rejects a date-time without its UTC offset", () => {
    const error = problemsOf({ "briefing.yaml": (t) => t.replace("2024-05-02T09:30:00+01:00", '"2024-05-02T09:30:00"') });
    expect(error.problems[0]?.field).toBe("date");
    expect(error.message).toMatch(/offset/);
  });

  it("accepts a web address for a source, and rejects one that is not http or https, naming the field", () => {
    const withUrl = (url: string) => ({ "briefing.yaml": (t: string) => t.replace("  date: 2024-04-30\n", `  date: 2024-04-30\n  url: ${url}\n`) });
    const dir = brokenBriefings(withUrl("https://example.org/stats/q1"));
    try {
      expect(loadBriefings(dir)[0]!.source.url).toBe("https://example.org/stats/q1");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    for (const bad of ["javascript:alert(1)", "ftp://example.org/stats", "example.org/stats"]) {
      const error = problemsOf(withUrl(bad));
      expect(error.problems.map((problem) => problem.field)).toEqual(["source.url"]);
      expect(error.message).toMatch(/https:\/\//);
    }
  });

  it("points at the line of a YAML syntax error", () => {
    const error = problemsOf({ "briefing.yaml": (t) => t.replace("shortTitle: Port note", "shortTitle: [Port note") });
    expect(error.problems[0]?.message).toMatch(/not valid YAML/);
    expect(error.problems[0]?.line).toBeGreaterThan(1);
  });

  it("reports an unknown figure id in prose with the section file and line", () => {
    const error = problemsOf({ "sections/02-history.md": (t) => t.replace('"opened"', '"opening-year"') });
    const problem = error.problems.find((p) => p.message.includes("opening-year"));
    expect(problem).toMatchObject({ file: expect.stringMatching(/02-history\.md$/), line: 5 });
  });

  it("reports a figure that no section states", () => {
    const error = problemsOf({ "sections/02-history.md": (t) => t.replace('{% figure "opened" %}', "1998") });
    expect(error.message).toMatch(/figure "opened" is not stated in any section/);
  });

  it("rejects two figures with one id", () => {
    const error = problemsOf({ "briefing.yaml": (t) => t.replace("id: berths", "id: containers") });
    expect(error.message).toMatch(/"containers" is used by an earlier figure/);
  });

  it("rejects a section file without front matter", () => {
    const error = problemsOf({ "sections/01-traffic.md": (t) => t.replace(/^---[\s\S]*?---\n/, "") });
    expect(error.problems[0]).toMatchObject({ file: expect.stringMatching(/01-traffic\.md$/), line: 1 });
  });

  it("rejects a misspelt field rather than ignoring it", () => {
    const error = problemsOf({ "briefing.yaml": (t) => t.replace("publisher: Test Desk", "publsher: Test Desk") });
    expect(error.message).toMatch(/unknown field "publsher"/);
  });

  it("reports the briefings folder itself when it holds no briefing", () => {
    expect(() => loadBriefings(path.resolve("test/fixtures/valid/trade-note/sections"))).toThrow(/no briefings found/);
  });
});

describe("update ids", () => {
  const sameDay = (extra: string) => (t: string) =>
    t.replace("updates:\n", `updates:\n  - date: 2024-05-10\n${extra}    title: A second note\n    note: Another note on the same day.\n`);

  it("default to the update's day and name its anchor", () => {
    const [briefing] = loadBriefings(VALID_BRIEFINGS);
    expect(briefing!.updates.map((u) => u.id)).toEqual(["2024-05-10"]);
  });

  it("must differ: a second update on the same day without an id of its own is rejected at its date", () => {
    const error = problemsOf({ "briefing.yaml": sameDay("") });
    expect(error.problems).toEqual([expect.objectContaining({ field: "updates[1].date", line: 41 })]);
    expect(error.message).toMatch(/updates\[0\] and updates\[1\] both have the id "2024-05-10".*give the one not yet published its own id/);
  });

  it("can be given, and then the published update keeps its own", () => {
    const dir = brokenBriefings({ "briefing.yaml": sameDay("    id: 2024-05-10-second\n") });
    try {
      const [briefing] = loadBriefings(dir);
      expect(briefing!.updates.map((u) => u.id).sort()).toEqual(["2024-05-10", "2024-05-10-second"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("loading the same folder again (a build checks the briefings, then Eleventy loads them; serve reloads on save)", () => {
  it("reuses an unchanged briefing and reads an edited, added or removed file again", () => {
    const dir = brokenBriefings({});
    try {
      const first = loadBriefings(dir);
      const again = loadBriefings(dir);
      expect(again.map((b) => b.slug)).toEqual(first.map((b) => b.slug));
      // Unchanged files: the very same objects, not parsed and rendered again.
      again.forEach((briefing, i) => expect(briefing).toBe(first[i]));

      const [edited] = first;
      const sectionsDir = path.join(dir, edited!.slug, "sections");
      const sectionFile = path.join(sectionsDir, readdirSync(sectionsDir).sort()[0]!);
      appendFileSync(sectionFile, "\nA sentence added while the site is served.\n");
      const afterEdit = loadBriefings(dir);
      const reloaded = afterEdit.find((b) => b.slug === edited!.slug)!;
      expect(reloaded).not.toBe(edited);
      expect(reloaded.sections[0]!.body).toContain("A sentence added while the site is served.");
      afterEdit.filter((b) => b.slug !== edited!.slug).forEach((b) => expect(first).toContain(b));

      writeFileSync(path.join(sectionsDir, "99-added.md"), "---\ntitle: Added later\n---\n\nA new section.\n");
      expect(loadBriefings(dir).find((b) => b.slug === edited!.slug)!.sections.at(-1)!.title).toBe("Added later");
      rmSync(path.join(sectionsDir, "99-added.md"));
      expect(loadBriefings(dir).find((b) => b.slug === edited!.slug)!.sections.map((s) => s.title)).not.toContain("Added later");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads a file edited without changing its size or modification time", () => {
    const dir = brokenBriefings({});
    try {
      const [first] = loadBriefings(dir);
      const file = path.join(dir, first!.slug, "sections", "01-traffic.md");
      const { mtime } = statSync(file);
      writeFileSync(file, readFileSync(file, "utf8").replace("in the first quarter", "in the third quarter"));
      utimesSync(file, mtime, mtime);
      const [again] = loadBriefings(dir);
      expect(again).not.toBe(first);
      expect(again!.sections[0]!.body).toContain("in the third quarter");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("never keeps a briefing with a mistake: fixing it is seen at once", () => {
    const dir = brokenBriefings({});
    try {
      const [briefing] = loadBriefings(dir);
      const yaml = path.join(dir, briefing!.slug, "briefing.yaml");
      const good = readFileSync(yaml, "utf8");
      writeFileSync(yaml, good.replace(/^title: .*$/m, "title:"));
      expect(() => loadBriefings(dir)).toThrow(ContentError);
      expect(() => loadBriefings(dir)).toThrow(ContentError);
      writeFileSync(yaml, good);
      expect(loadBriefings(dir).map((b) => b.slug)).toContain(briefing!.slug);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
