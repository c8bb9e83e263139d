import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderShareImages, shareImageKey } from "../../../../src/outputs/share/render-share-images.ts";
import { pngSize } from "../../../helpers/png.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { sharedBrowserOptions, sharedSite } from "../../../helpers/shared-site.ts";

/** A card page in a site folder, using the site's self-hosted fonts as the real cards do. */
function writeCard(site: string, title: string): void {
  writeFileSync(
    path.join(site, "trade-note", "share-card.html"),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>card</title><link rel="icon" href="/favicon.svg">` +
      `<link rel="stylesheet" href="/assets/fonts/fonts.css"><link rel="stylesheet" href="/assets/css/theme.css"></head>` +
      `<body style="margin:0;font:700 64px var(--font-heading);background:#fff"><h1>${title}</h1></body></html>`,
  );
}

describe("the share image cache", () => {
  const inputs = { html: "<h1>card</h1>", styles: ["@font-face{}", ":root{}"], browserVersion: "156.0.8078.129", code: "code-a" };
  const key = shareImageKey(inputs);

  it("gives an image a new key when anything that makes it changes: the card, its styles, the browser or the code", () => {
    expect(shareImageKey({ ...inputs })).toBe(key);
    expect(shareImageKey({ ...inputs, html: "<h1>card!</h1>" })).not.toBe(key);
    expect(shareImageKey({ ...inputs, styles: ["@font-face{}", ":root{--a:1}"] })).not.toBe(key);
    expect(shareImageKey({ ...inputs, browserVersion: "157.0.1.1" })).not.toBe(key);
    expect(shareImageKey({ ...inputs, code: "code-b" })).not.toBe(key);
  });
});

describe("renderShareImages", () => {
  const work = tempDir();
  const out = path.join(work, "output");
  const noBrowser = async (): Promise<never> => {
    throw new Error("the browser was started");
  };

  // A copy of the English site (test/shared-sites.ts), whose cards the test rewrites.
  beforeAll(() => cpSync(sharedSite("english"), out, { recursive: true }));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("left one 1200×630 PNG per briefing and one for the site after the build, and removed the card pages", () => {
    expect(pngSize(path.join(out, "trade-note/share.png"))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(path.join(out, "assets/share.png"))).toEqual({ width: 1200, height: 630 });
    expect(existsSync(path.join(out, "trade-note/share-card.html"))).toBe(false);
    expect(existsSync(path.join(out, "assets/share-card.html"))).toBe(false);
  });

  it("renders the same card to the same bytes twice, and reuses a cached image without starting Chromium", async () => {
    const render = async (cacheDir: string, title: string, launch?: typeof noBrowser) => {
      writeCard(out, title);
      // Photographed in the run's shared Chromium; a render that must not start one gets a launcher that fails.
      const written = await renderShareImages(out, launch ? { cacheDir, launch } : { cacheDir, browser: sharedBrowserOptions() });
      expect(written).toEqual(["/trade-note/share.png"]);
      expect(existsSync(path.join(out, "trade-note/share-card.html"))).toBe(false);
      return readFileSync(path.join(out, "trade-note/share.png"));
    };
    const first = await render(path.join(work, "cache-a"), "港口简报 Port note");
    const second = await render(path.join(work, "cache-b"), "港口简报 Port note");
    expect(pngSize(path.join(out, "trade-note/share.png"))).toEqual({ width: 1200, height: 630 });
    expect(second.equals(first)).toBe(true);

    const cached = await render(path.join(work, "cache-a"), "港口简报 Port note", noBrowser);
    expect(cached.equals(first)).toBe(true);
    // A changed card is not in the cache, so it must be rendered.
    await expect(render(path.join(work, "cache-a"), "另一个标题", noBrowser)).rejects.toThrow(/the browser was started/);
  });

  it("stops with the card's address when a card asks for a file that is not there", async () => {
    writeFileSync(path.join(out, "trade-note", "share-card.html"), `<!doctype html><html><head><link rel="icon" href="/favicon.svg"></head><body><img src="/missing.png"></body></html>`);
    await expect(renderShareImages(out, { cacheDir: path.join(work, "cache-c"), browser: sharedBrowserOptions() })).rejects.toThrow(/share-card\.html did not load cleanly:[\s\S]*404[\s\S]*missing\.png/);
  });
});
