import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import type { Briefing } from "../../../src/content/briefing.ts";
import { formatCitation } from "../../../src/render/format/format-citation.ts";
import { browsedPages, fileForUrl, readPage } from "../../helpers/site.ts";
import { CHINESE_BRIEFINGS } from "../../helpers/fixtures.ts";
import { sharedSite } from "../../helpers/shared-site.ts";
import { FIXTURES_SITE_URL } from "../../shared-sites.ts";

const SITE_URL = FIXTURES_SITE_URL;
const PREFIX = new URL(SITE_URL).pathname;

// The fixtures site (test/shared-sites.ts): test/fixtures/linked-sources, whose sources have
// addresses, and the Chinese example, whose source has none, under https://example.org/briefings/.
describe("sources and the cite block", () => {
  const out = sharedSite("fixtures");
  let linked: Briefing;
  let shipped: Briefing;

  beforeAll(() => {
    linked = loadBriefings(path.resolve("test/fixtures/linked-sources"))[0]!;
    shipped = loadBriefings(CHINESE_BRIEFINGS)[0]!;
  });

  const pagesOf = (briefing: Briefing) => browsedPages(out).filter((file) => file.startsWith(`${briefing.slug}/`));

  it("links the source wherever it is named when the data gives its address: sources page and every page's footer", () => {
    const citation = formatCitation(linked.source, linked.language, linked.timeZone);
    const about = readPage(out, "harbour-review/about/index.html");
    const links = [...about.querySelectorAll(".sources a.source-link")];
    expect(links.map((a) => [a.getAttribute("href"), a.textContent])).toEqual([[linked.source.url, citation]]);
    expect(pagesOf(linked).length).toBe(5);
    for (const file of pagesOf(linked)) {
      const footerLinks = [...readPage(out, file).querySelectorAll("footer a.source-link")];
      expect(footerLinks.map((a) => a.getAttribute("href")), file).toEqual([linked.source.url]);
    }
  });

  it("links an update's source on the updates page", () => {
    const update = readPage(out, "harbour-review/updates/index.html").querySelector(`#update-${linked.updates[0]!.id}`)!;
    const link = update.querySelector(".update__source a.source-link")!;
    expect(link.getAttribute("href")).toBe(linked.updates[0]!.source!.url);
    expect(link.textContent).toBe(formatCitation(linked.updates[0]!.source!, linked.language, linked.timeZone));
  });

  it("names a source without an address as plain text, inventing no link", () => {
    expect(shipped.source.url).toBeUndefined();
    for (const file of pagesOf(shipped)) expect(readPage(out, file).querySelectorAll("a.source-link"), file).toHaveLength(0);
    const about = readPage(out, `${shipped.slug}/about/index.html`);
    expect(about.querySelector(".sources dd")?.textContent).toBe(formatCitation(shipped.source, shipped.language, shipped.timeZone));
  });

  it("cites the English briefing in words built from its data: publisher, title, dates and canonical address", () => {
    const text = readPage(out, "harbour-review/about/index.html").querySelector("#cite-text")?.textContent;
    expect(text).toBe(`Harbour Desk. “Harbour review: the {first} quarter & what comes next.” July 1, 2024 (updated July 15, 2024). ${SITE_URL}harbour-review/`);
  });

  it("cites the Chinese briefing the Chinese way", () => {
    const text = readPage(out, `${shipped.slug}/about/index.html`).querySelector("#cite-text")?.textContent;
    expect(text).toBe(`${shipped.publisher}《${shipped.title}》，2024年1月12日。${SITE_URL}${shipped.slug}/`);
  });

  it("offers BibTeX and CSL-JSON on the page and as downloads with the same text, carrying the briefing's data", () => {
    for (const briefing of [linked, shipped]) {
      const about = readPage(out, `${briefing.slug}/about/index.html`);
      const downloads = [...about.querySelectorAll(".cite__downloads a")].map((a) => a.getAttribute("href")!);
      expect(downloads).toEqual([`${PREFIX}${briefing.slug}/cite.bib`, `${PREFIX}${briefing.slug}/cite.json`]);
      const [bibFile, jsonFile] = downloads.map((href) => fileForUrl(out, href.slice(PREFIX.length - 1)));
      expect(bibFile).toBeDefined();
      expect(jsonFile).toBeDefined();

      const bib = readFileSync(path.join(out, bibFile!), "utf8");
      expect(about.querySelector("#cite-bibtex")?.textContent).toBe(bib);
      expect(bib.startsWith(`@techreport{${briefing.slug},`)).toBe(true);
      expect(bib).toContain(`  url         = {${SITE_URL}${briefing.slug}/},\n`);
      expect(bib).toContain(`  author      = {{${briefing.publisher}}},\n`);
      expect(bib).toContain(`  date        = {${briefing.date.slice(0, 10)}},\n`);

      const onPage = JSON.parse(about.querySelector("#cite-csl-json")?.textContent ?? "");
      const file = JSON.parse(readFileSync(path.join(out, jsonFile!), "utf8"));
      expect(file).toEqual(onPage);
      expect(file).toHaveLength(1);
      expect(file[0]).toMatchObject({
        id: briefing.slug,
        type: "report",
        title: briefing.title,
        author: [{ literal: briefing.publisher }],
        URL: `${SITE_URL}${briefing.slug}/`,
        language: briefing.language,
        issued: { "date-parts": [briefing.date.slice(0, 10).split("-").map(Number)] },
      });
    }
  });

  it("writes the kind of document in the briefing's language", () => {
    expect(JSON.parse(readFileSync(path.join(out, "harbour-review/cite.json"), "utf8"))[0].genre).toBe("Briefing");
    expect(JSON.parse(readFileSync(path.join(out, `${shipped.slug}/cite.json`), "utf8"))[0].genre).toBe("简报");
  });
});
