import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../../src/base/content-error.ts";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { readInterfaceWords } from "../../../../src/content/interface-words.ts";
import { renderBriefing, renderBriefings } from "../../../../src/render/briefing/render-briefing.ts";
import { shiftHeadings } from "../../../../src/render/html/shift-headings.ts";
import { brokenBriefings, ENGLISH_BRIEFINGS, VALID_BRIEFINGS } from "../../../helpers/fixtures.ts";
import { wordsFor } from "../../../helpers/project.ts";

/** The ContentError rendering a broken copy of the test briefing raises. */
function renderProblems(edit: Parameters<typeof brokenBriefings>[0]): ContentError {
  const dir = brokenBriefings(edit);
  try {
    renderBriefings(loadBriefings(dir), readInterfaceWords());
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error("expected the prose to be refused");
}

describe("renderBriefing", () => {
  const [english] = loadBriefings(ENGLISH_BRIEFINGS);

  it("renders each section once: the nested prose is the page's prose one heading level deeper", () => {
    const rendered = renderBriefing(english!, wordsFor("en"));
    for (const section of rendered.sections) {
      expect(section.html.length, section.id).toBeGreaterThan(100);
      expect(section.nestedHtml).toBe(shiftHeadings(section.html, 1));
    }
    expect(rendered.sections.some((section) => /<h2\b/.test(section.html) && /<h3\b/.test(section.nestedHtml))).toBe(true);
  });

  it("links each figure to the block that states it, and keeps the loaded briefing as plain data", () => {
    const rendered = renderBriefing(english!, wordsFor("en"));
    for (const figure of rendered.figures) {
      const section = rendered.sections.find((s) => s.id === figure.sectionId)!;
      expect(figure.url).toBe(`${section.url}#${figure.anchor}`);
      expect(section.html).toContain(`id="${figure.anchor}"`);
    }
    expect(JSON.stringify(english)).not.toMatch(/<p\b/);
  });

  it("renders again only when the briefing or its words change (the per-process cache)", () => {
    const words = wordsFor("en");
    const first = renderBriefing(english!, words);
    expect(renderBriefing(english!, words)).toBe(first);
    expect(renderBriefing(english!, { ...words, chartData: "Numbers" })).not.toBe(first);
    const [reloaded] = loadBriefings(ENGLISH_BRIEFINGS);
    expect(reloaded).toBe(english);
  });

  it("refuses a figure stated only inside code, naming the section file and line", () => {
    const error = renderProblems({ "sections/02-history.md": (text) => text.replace('{% figure "opened" %}', '`{% figure "opened" %}`') });
    expect(error.problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/02-history\.md$/), line: 5 })]);
    expect(error.message).toMatch(/\{% figure "opened" %\} is inside code here/);
  });

  it("reports every briefing's rendering mistakes together", () => {
    const error = renderProblems({
      "sections/01-traffic.md": (text) => `${text}\n${"> ".repeat(25)}Deep.\n`,
      "sections/02-history.md": (text) => `${text}\n${"- ".repeat(30)}Deeper.\n`,
    });
    expect(error.problems.map((problem) => problem.file.split("/").at(-1))).toEqual(["01-traffic.md", "02-history.md"]);
  });

  it("renders the test briefing without a problem", () => {
    expect(() => renderBriefings(loadBriefings(VALID_BRIEFINGS), readInterfaceWords())).not.toThrow();
  });
});
