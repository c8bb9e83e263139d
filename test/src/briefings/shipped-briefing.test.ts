import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { formatFindings } from "../../../src/tools/check/finding.ts";
import { runChecks } from "../../../src/tools/check/run-checks.ts";
import { listFiles, readPage } from "../../helpers/site.ts";
import { shippedSiteUrl } from "../../helpers/project.ts";
import { sharedSite, sharedSiteBuild } from "../../helpers/shared-site.ts";

// Tests of the content in src/briefings itself, on the shipped site (test/shared-sites.ts): what
// the generator makes of any briefing is tested on the fixtures under test/fixtures/.
describe("the shipped briefing", () => {
  const build = sharedSiteBuild("shipped");

  it("the shipped briefing builds with npm run build, site and PDF, as a user builds it", () => {
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    const briefings = loadBriefings(build.briefingsDir);
    expect(briefings.length).toBeGreaterThan(0);
    for (const briefing of briefings) expect(listFiles(build.dir)).toContain(`${briefing.slug}/${briefing.slug}.pdf`);
  });

  it("the shipped briefing passes the quality gate's HTML, link, feed and PDF checks", async () => {
    const { findings, counted } = await runChecks(sharedSite("shipped"), { only: ["html", "links", "feeds", "pdfs"], siteUrl: shippedSiteUrl() });
    // One PDF per edition.
    expect(counted.pdfs).toBe(loadBriefings(path.resolve("src/briefings")).reduce((count, briefing) => count + 1 + briefing.editions.length, 0));
    expect(formatFindings(findings)).toEqual([]);
  });

  // The shipped briefing is written in Chinese (sections/) with an English edition (sections/en/).
  const SLUG = "beijing-international-exchange-centre";
  const HAN = /\p{Script=Han}/u;
  interface FigureRecord { id: string; label: string; value: number; decimals: number | null; qualifier: string; kind: string; change_value: number | null; unit: string; period: string; display: string; section_id: string }
  const figuresOf = (edition: string) => (JSON.parse(readFileSync(path.join(sharedSite("shipped"), SLUG, edition, "figures.json"), "utf8")) as { figures: FigureRecord[] }).figures;

  it("the shipped briefing's English edition states every figure of the Chinese one, with the same value, in the same section", () => {
    const same = (figure: FigureRecord) => [figure.id, figure.value, figure.decimals, figure.qualifier, figure.kind, figure.change_value, figure.section_id];
    const chinese = figuresOf("");
    const english = figuresOf("en");
    expect(chinese.length).toBeGreaterThan(40);
    expect(english.map(same)).toEqual(chinese.map(same));
  });

  it("the shipped briefing's English edition words every figure in English: label, unit, period and how it reads", () => {
    const chinese = figuresOf("");
    const english = figuresOf("en");
    expect(english.filter((figure) => [figure.label, figure.unit, figure.period, figure.display].some((text) => HAN.test(text))).map((figure) => figure.id)).toEqual([]);
    english.forEach((figure, index) => expect(figure.label, figure.id).not.toBe(chinese[index]!.label));
  });

  it("the shipped briefing's English edition names its five topics in English, on its cover and its section's topic pages", () => {
    const out = sharedSite("shipped");
    const kicker = readPage(out, `${SLUG}/en/index.html`).querySelector(".cover__kicker")!.textContent!;
    const topics = kicker.split(" · ");
    expect(topics).toHaveLength(5);
    expect(kicker.match(/\p{Script=Han}+/gu) ?? []).toEqual([]);
    const pages = listFiles(out).filter((file) => /^en\/tags\/[^/]+\/index\.html$/.test(file)).map((file) => readPage(out, file).querySelector("h1")!.textContent!);
    for (const topic of topics) expect(pages.some((title) => title.includes(topic)), topic).toBe(true);
    expect(pages).toHaveLength(5);
  });

  it("the shipped briefing's English sections are in English, apart from titles of Chinese sources cited as written", () => {
    const out = sharedSite("shipped");
    const sections = listFiles(out).filter((file) => new RegExp(`^${SLUG}/en/[a-z-]+/index\\.html$`).test(file) && !/\/(figures|updates|about|print)\//.test(file));
    expect(sections.length).toBe(4);
    for (const file of sections) {
      const prose = readPage(out, file).querySelector(".section.prose");
      expect(prose, file).not.toBeNull();
      expect(prose!.textContent!.match(/\p{Script=Han}+/gu) ?? [], file).toEqual([]);
    }
  });
});
