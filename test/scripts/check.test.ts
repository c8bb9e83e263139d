import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { emptyJsonFeed, handMadeSite, validPage } from "../helpers/hand-made-site.ts";
import { runScript } from "../helpers/run-script.ts";

describe("scripts/check.ts (npm run check)", () => {
  const clean = handMadeSite({ "index.html": validPage("<p>Nothing wrong here.</p>"), "feed.json": emptyJsonFeed("https://example.org/") });
  const broken = handMadeSite({
    "index.html": validPage('<p id="heading">Twice</p><p><a href="#nowhere">Nowhere</a></p>'),
    "feed.json": emptyJsonFeed("https://example.org/"),
  });
  afterAll(() => {
    rmSync(clean, { recursive: true, force: true });
    rmSync(broken, { recursive: true, force: true });
  });

  it("exits 0 with a one-line summary when nothing is wrong, all checks included", () => {
    const result = runScript("scripts/check.ts", {}, [clean]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^check: no problems found in 1 pages, 0 PDFs and 2 files in ${clean}/ in [\\d.]+ s$`))]);
  });

  it("exits 1 printing one line per finding, file first, and a summary counting them", () => {
    // Chromium's check is covered by check-accessibility.test.ts; the two that find these suffice here.
    const result = runScript("scripts/check.ts", {}, [broken, "--only=html,links"]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      `${broken}/index.html: broken link: "#nowhere": index.html has no element with id "nowhere"`,
      expect.stringMatching(new RegExp(`^${broken}/index\\.html: line \\d+:\\d+: Duplicate ID "heading" \\(html-validate no-dup-id\\)$`)),
    ]);
    expect(lines.at(-1)).toMatch(/^check: 2 problems found in 1 pages, 0 PDFs and 2 files in .+ in [\d.]+ s$/);
  });

  it("refuses an unknown check name, listing the ones there are", () => {
    const result = runScript("scripts/check.ts", {}, [clean, "--only=html,spelling"]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("--only names unknown checks (spelling); choose from html, links, feeds, data, share, hreflang, editions, pdfs, accessibility.");
  });

  it("says how to get a site when the folder does not exist, without a stack trace", () => {
    const result = runScript("scripts/check.ts", {}, [`${clean}/missing`]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`There is no built site at ${clean}/missing: run \`npm run build\` first, or name the folder to check.`);
  });
});
