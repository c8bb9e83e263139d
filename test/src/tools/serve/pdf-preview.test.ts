import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { createPdfPreview } from "../../../../src/tools/serve/pdf-preview.ts";
import { briefingsEdited } from "../../../../src/tools/serve/briefings-edited.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { connectSharedBrowser, sharedSite } from "../../../helpers/shared-site.ts";
import { shippedSiteUrl } from "../../../helpers/project.ts";

describe("briefingsEdited", () => {
  it("names the briefings whose files changed", () => {
    expect(briefingsEdited(["/b/port/sections/01-a.md", "/b/port/briefing.yaml", "/b/trade/briefing.yaml"], "/b")).toEqual(["port", "trade"]);
  });

  it("asks for every briefing when a template, style or setting changed", () => {
    expect(briefingsEdited(["/b/port/briefing.yaml", "/project/_includes/partials/cover.njk"], "/b")).toBe("all");
    expect(briefingsEdited(["/b/stray-file.txt"], "/b")).toBe("all");
  });
});

describe("createPdfPreview", () => {
  const work = tempDir();
  const out = path.join(work, "output");
  beforeAll(() => {
    // A copy of the English site (test/shared-sites.ts) as the site build leaves it, before printing.
    cpSync(sharedSite("english"), out, { recursive: true });
    rmSync(path.join(out, "trade-note", "trade-note.pdf"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("prints a burst of saves once, keeps one browser for later prints, and closes it", async () => {
    let launches = 0;
    const printedRounds: string[][] = [];
    const lines: string[] = [];
    const browsers: Browser[] = [];
    const preview = createPdfPreview({
      siteDir: out,
      siteUrl: shippedSiteUrl(),
      debounceMs: 200,
      log: (line) => lines.push(line),
      onPrinted: (slugs) => void printedRounds.push(slugs),
      launch: async () => {
        launches += 1;
        // The run's shared Chromium, connected to: closing the preview disconnects it.
        const browser = await connectSharedBrowser();
        browsers.push(browser);
        return browser;
      },
    });
    const pdf = path.join(out, "trade-note", "trade-note.pdf");
    try {
      expect(existsSync(pdf)).toBe(false);
      for (let save = 0; save < 4; save += 1) preview.schedule(["trade-note"]);
      await preview.idle();
      expect(printedRounds).toEqual([["trade-note"]]);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      expect(lines).toEqual([expect.stringMatching(/^Printed trade-note\.pdf\s+\d+ pages/)]);

      preview.schedule("all");
      await preview.idle();
      expect(printedRounds).toEqual([["trade-note"], ["trade-note"]]);
      expect(launches).toBe(1);
      expect(browsers[0]!.connected).toBe(true);
    } finally {
      await preview.close();
    }
    expect(browsers[0]!.connected).toBe(false);
  });

  it("reports a briefing that cannot be printed and carries on", async () => {
    const lines: string[] = [];
    const preview = createPdfPreview({ siteDir: out, siteUrl: shippedSiteUrl(), debounceMs: 50, log: (line) => lines.push(line), launch: async () => Promise.reject(new Error("no browser here")) });
    try {
      preview.schedule(["trade-note"]);
      await preview.idle();
      expect(lines).toEqual(['Could not print the PDF of "trade-note": no browser here']);
    } finally {
      await preview.close();
    }
  });
});
