import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatFindings } from "../../../../src/tools/check/finding.ts";
import { CHECKS, runChecks, type CheckName } from "../../../../src/tools/check/run-checks.ts";
import { FIXTURES_SITE_URL } from "../../../shared-sites.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { sharedBrowserOptions, sharedSite } from "../../../helpers/shared-site.ts";

const SITE = "https://example.org/";
const SLUG = "goods-trade-2023";
const EDITION_CHECKS: CheckName[] = ["hreflang", "editions"];

const edit = (file: string, change: (text: string) => string) => {
  const before = readFileSync(file, "utf8");
  const after = change(before);
  // A plant that changes nothing would make a test pass for the wrong reason.
  if (after === before) throw new Error(`the plant changed nothing in ${file}`);
  writeFileSync(file, after);
};

// The editions site (test/shared-sites.ts): goods-trade-2023 in Chinese and English (and the
// fixture's other languages), with a PDF per edition; each test breaks a copy of it.
describe("the gate's checks of a briefing's editions", () => {
  const work = tempDir();
  const built = sharedSite("editions");
  let copies = 0;
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const brokenCopy = (breakIt: (dir: string) => void): string => {
    const dir = path.join(work, `copy-${++copies}`);
    cpSync(built, dir, { recursive: true });
    breakIt(dir);
    return dir;
  };
  const findingsIn = async (dir: string, siteUrl = SITE) => formatFindings((await runChecks(dir, { only: EDITION_CHECKS, siteUrl })).findings);
  const en = (dir: string, ...parts: string[]) => path.join(dir, SLUG, "en", ...parts);

  it("find nothing at all on the editions site, its topics per language included (every check but Chromium's)", async () => {
    const { findings } = await runChecks(built, { only: CHECKS.filter((check) => check !== "accessibility"), siteUrl: SITE, browser: sharedBrowserOptions() });
    expect(formatFindings(findings)).toEqual([]);
  });

  it("fail an English topic's feed that carries an entry the English section's feed does not give that topic", async () => {
    const dir = brokenCopy((d) => edit(path.join(d, "en/atom.xml"), (text) => text.replaceAll('<category term="Foreign trade"/>', "")));
    const { findings } = await runChecks(dir, { only: ["feeds"], siteUrl: SITE });
    expect(formatFindings(findings)).toEqual([
      expect.stringMatching(/^en\/tags\/foreign-trade\/atom\.xml: entry 1 \(tag:\S+goods-trade-2023\/en\) is in the site's en\/atom\.xml without the tag "foreign-trade"; a topic's feed carries only the entries that have its tag$/),
    ]);
  });

  it("pass the editions site, and the fixtures site under its sub-path", async () => {
    expect(await findingsIn(built)).toEqual([]);
    expect(await findingsIn(sharedSite("fixtures"), FIXTURES_SITE_URL)).toEqual([]);
  });

  it("fail an edition whose figures.json gives a figure another value", async () => {
    const dir = brokenCopy((d) => edit(en(d, "figures.json"), (text) => text.replace('"value": 23.77,', '"value": 23.78,')));
    expect(await findingsIn(dir)).toEqual([`${SLUG}/en/figures.json: figure "exports" has value 23.78 here and 23.77 in the zh-CN edition (${SLUG}/figures.json)`]);
  });

  it("fail an edition's page that writes a figure with another number", async () => {
    const dir = brokenCopy((d) => edit(en(d, "full-year", "index.html"), (text) => text.replace('<span class="figure-ref__number">17.99</span>', '<span class="figure-ref__number">17.98</span>')));
    expect(await findingsIn(dir)).toEqual([`${SLUG}/en/full-year/index.html: states figure "imports" as "17.98 trillion yuan"; its value in this language is "17.99 trillion yuan"`]);
  });

  it("fail an edition's page whose figure cannot be found, rather than skip it", async () => {
    const dir = brokenCopy((d) => edit(en(d, "partners", "index.html"), (text) => text.replace(/<data class="figure-ref" value="46.6" data-figure="belt-and-road-share">(.*?)<\/data>/, "$1")));
    expect(await findingsIn(dir)).toEqual([`${SLUG}/en/partners/index.html: does not state figure "belt-and-road-share" (its figures.json says it does): its value cannot be compared`]);
  });

  it("fail an edition without figures.json that a cover names as an edition", async () => {
    const dir = brokenCopy((d) => rmSync(en(d, "figures.json")));
    expect(await findingsIn(dir)).toEqual([`${SLUG}/en/index.html: is the en edition of ${SLUG}/index.html (its hreflang), but has no figures.json beside it, so its figures cannot be compared with the other editions'`]);
  });

  it("fail an edition's PDF that does not state its figures as its pages do, and an edition without a PDF", async () => {
    const swapped = brokenCopy((d) => copyFileSync(path.join(d, SLUG, `${SLUG}.pdf`), en(d, `${SLUG}-en.pdf`)));
    const figuresIn = (file: string) => JSON.parse(readFileSync(file, "utf8")).figures as Array<{ id: string; display: string }>;
    // A percentage reads the same in both languages ("46.6%"): only the figures written differently can be missed.
    const chinese = new Set(figuresIn(path.join(built, SLUG, "figures.json")).map((f) => f.display));
    const english = figuresIn(en(built, "figures.json")).filter((f) => !chinese.has(f.display));
    expect(english.length).toBeGreaterThanOrEqual(3);
    expect(await findingsIn(swapped)).toEqual(english.map((f) => `${SLUG}/en/${SLUG}-en.pdf: does not state figure "${f.id}" as "${f.display}", as the edition's pages do`).sort());
    const missing = brokenCopy((d) => rmSync(en(d, `${SLUG}-en.pdf`)));
    const others = (await findingsIn(missing)).filter((line) => line.startsWith(`${SLUG}/en/:`));
    expect(others).toEqual([expect.stringMatching(new RegExp(`^${SLUG}/en/: the en edition has no PDF, while the zh-CN edition .*has one`))]);
    expect(await findingsIn(missing)).toHaveLength(1);
  });

  it("fail a feed whose entry for an edition writes a figure with another number", async () => {
    const dir = brokenCopy((d) => edit(path.join(d, "en", "feed.json"), (text) => text.replace('<span class=\\"figure-ref__number\\">23.77</span>', '<span class=\\"figure-ref__number\\">23.7</span>')));
    expect(await findingsIn(dir)).toEqual([`en/feed.json: the entry for ${SITE}${SLUG}/en/ states figure "exports" as "23.7 trillion yuan"; its value in this language is "23.77 trillion yuan"`]);
  });

  it("fail an hreflang alternate that does not link back, and one that is not absolute", async () => {
    const oneSided = brokenCopy((d) => edit(en(d, "partners", "index.html"), (text) => text.replace(`<link rel="alternate" hreflang="zh-CN" href="${SITE}${SLUG}/partners/">`, "")));
    expect(await findingsIn(oneSided)).toEqual([
      `${SLUG}/partners/index.html: hreflang "en" leads to ${SITE}${SLUG}/en/partners/, which does not link back with hreflang "zh-CN" → ${SITE}${SLUG}/partners/`,
    ]);
    const relative = brokenCopy((d) => edit(en(d, "about", "index.html"), (text) => text.replace(`hreflang="x-default" href="${SITE}${SLUG}/about/"`, `hreflang="x-default" href="/${SLUG}/about/"`)));
    expect(await findingsIn(relative)).toEqual([`${SLUG}/en/about/index.html: hreflang "x-default" is not an absolute address: "/${SLUG}/about/"`]);
  });
});
