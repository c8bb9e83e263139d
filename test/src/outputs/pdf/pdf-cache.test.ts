import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { buildSite } from "../../../../src/tools/build/build-site.ts";
import { connectSharedBrowser } from "../../../helpers/shared-site.ts";
import { printBriefings, type PrintedFile } from "../../../../src/outputs/pdf/print-briefings.ts";
import { printingSetup } from "../../../../src/outputs/pdf/pdf-cache.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { SEVERAL_SLUGS, severalBriefings } from "../../../helpers/several-briefings.ts";
import { testProject, shippedSiteUrl } from "../../../helpers/project.ts";

describe("the PDF cache's printing set-up", () => {
  const setup = { chromiumVersion: "156.0.8078.129", siteUrl: "https://example.org/", sourceDateEpoch: undefined, code: "code-a" };
  const key = printingSetup(setup);

  it("changes when anything about printing besides the site changes: the browser, the address, the date or the code", () => {
    expect(printingSetup({ ...setup })).toBe(key);
    expect(printingSetup({ ...setup, chromiumVersion: "157.0.1.1" })).not.toBe(key);
    expect(printingSetup({ ...setup, siteUrl: "https://example.org/b/" })).not.toBe(key);
    expect(printingSetup({ ...setup, sourceDateEpoch: "0" })).not.toBe(key);
    expect(printingSetup({ ...setup, code: "code-b" })).not.toBe(key);
  });

  it("takes the code from the printer and everything it imports, by default", () => {
    const { code } = JSON.parse(printingSetup({ chromiumVersion: "1.2.3.4", siteUrl: "https://example.org/" })) as { code: string };
    expect(code).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("the PDF cache", () => {
  const work = tempDir();
  const briefings = severalBriefings(path.join(work, "briefings"));
  const built = path.join(work, "built");
  const cache = path.join(work, "cache");
  const cold = path.join(work, "cold");
  const coldCache = path.join(work, "cold-cache");
  let coldRun: PrintedFile[];

  /** Prints into a fresh copy of `site` with the cache, counting the browsers started. */
  async function printCopy(site: string, name: string, cacheDir: string | undefined = cache): Promise<{ dir: string; printed: PrintedFile[]; launches: number }> {
    const dir = path.join(work, name);
    cpSync(site, dir, { recursive: true });
    let launches = 0;
    // The run's shared Chromium, connected to: the count is of the times printing needed a browser.
    const launch = async (): Promise<Browser> => {
      launches += 1;
      return connectSharedBrowser();
    };
    const printed = await printBriefings(dir, SEVERAL_SLUGS, { siteUrl: shippedSiteUrl(), log: false, launch, cache: cacheDir ? { dir: cacheDir } : undefined });
    return { dir, printed, launches };
  }

  const pdfOf = (dir: string, slug: string) => readFileSync(path.join(dir, slug, `${slug}.pdf`));

  beforeAll(async () => {
    await buildSite({ project: testProject({ briefingsDir: briefings }), outputDir: built, quiet: true });
    coldRun = (await printCopy(built, "cold")).printed;
    // The cache as the cold run left it: the edit below replaces trade-note's entry.
    cpSync(cache, coldCache, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("prints everything on a cold build and keeps one entry per briefing", () => {
    expect(coldRun.map((file) => [file.key, file.reused])).toEqual(SEVERAL_SLUGS.map((slug) => [slug, false]));
  });

  it("prints nothing, and starts no browser, when nothing changed; the PDFs equal the cold build's bytes", async () => {
    const { dir, printed, launches } = await printCopy(built, "unchanged");
    expect(printed.map((file) => file.reused)).toEqual([true, true, true]);
    expect(launches).toBe(0);
    for (const slug of SEVERAL_SLUGS) expect(pdfOf(dir, slug).equals(pdfOf(cold, slug)), slug).toBe(true);
  });

  it("prints exactly the one briefing that was edited, and its PDF equals a cold print of the edited site", async () => {
    const edited = path.join(work, "briefings-edited");
    cpSync(briefings, edited, { recursive: true });
    const section = path.join(edited, "trade-note", "sections", "02-history.md");
    writeFileSync(section, readFileSync(section, "utf8").replace("The terminal opened in", "The container terminal opened in"));
    const site = path.join(work, "built-edited");
    await buildSite({ project: testProject({ briefingsDir: edited }), outputDir: site, quiet: true });

    const { dir, printed } = await printCopy(site, "edited");
    expect(printed.filter((file) => !file.reused).map((file) => file.key)).toEqual(["trade-note"]);
    expect(pdfOf(dir, "trade-note").equals(pdfOf(cold, "trade-note"))).toBe(false);
    const uncached = await printCopy(site, "edited-cold", undefined);
    for (const slug of SEVERAL_SLUGS) expect(pdfOf(dir, slug).equals(pdfOf(uncached.dir, slug)), slug).toBe(true);
  });

  /** Which briefings of a site the cold run's cache holds a PDF for, asked so a miss is reported, not printed. */
  function inColdCache(site: string): Promise<string[]> {
    return Promise.all(
      SEVERAL_SLUGS.map((slug) =>
        printBriefings(site, [slug], { siteUrl: shippedSiteUrl(), log: false, launch: connectSharedBrowser, cache: { dir: coldCache, requireCached: true } }).then(
          () => `${slug}: from the cache`,
          (error: Error) => (/was not printed by any shard/.test(error.message) ? `${slug}: missed` : `${slug}: ${error.message}`),
        ),
      ),
    );
  }

  // Asked, not printed: three prints fewer; printing what misses is the cold run's, tested above.
  it("finds no briefing's PDF in the cache when a stylesheet they all load changes, so each is printed again", async () => {
    const unchanged = path.join(work, "built-unchanged");
    cpSync(built, unchanged, { recursive: true });
    expect(await inColdCache(unchanged)).toEqual(SEVERAL_SLUGS.map((slug) => `${slug}: from the cache`));
    const site = path.join(work, "built-restyled");
    cpSync(built, site, { recursive: true });
    appendFileSync(path.join(site, "assets", "css", "pdf.css"), "\n/* changed */\n");
    expect(await inColdCache(site)).toEqual(SEVERAL_SLUGS.map((slug) => `${slug}: missed`));
  });
});
