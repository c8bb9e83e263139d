import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eleventyConfigFrom, ENVIRONMENT_VARIABLES, outputDirFrom, projectFromEnvironment, runOptionsFrom } from "../../../../src/tools/cli/environment.ts";

/** Every TypeScript module under a folder. */
function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("reading the environment (src/tools/cli/environment.ts)", () => {
  it("turns every variable into the project's settings and run options", () => {
    const project = projectFromEnvironment({
      BRIEFINGS_DIR: "test/fixtures/valid",
      SITE_URL: "https://example.org/b/",
      ARCHIVE_PER_PAGE: "4",
      BRIEFING_PAPER: "Letter",
      BUILD_CACHE_DIR: "/tmp/cache-here",
      PDF_CONCURRENCY: "3",
      PUPPETEER_EXECUTABLE_PATH: "/usr/bin/chromium",
      BROWSER_WS_ENDPOINT: "ws://127.0.0.1:9/x",
      BROWSER_LAUNCH_TIMEOUT_MS: "5000",
      SOURCE_DATE_EPOCH: "0",
      BRIEFING_PREVIEW_PDF: "off",
    });
    expect(project.settings).toMatchObject({ briefingsDir: path.resolve("test/fixtures/valid"), site: { url: "https://example.org/b/" }, archive: { perPage: 4 }, paper: { name: "Letter" } });
    expect(project.run).toEqual({
      cacheDir: "/tmp/cache-here",
      pdfCacheDir: "/tmp/cache-here/pdf",
      browser: { executablePath: "/usr/bin/chromium", wsEndpoint: "ws://127.0.0.1:9/x", timeoutMs: 5000 },
      pdfConcurrency: 3,
      sourceDateEpoch: "0",
      previewPdf: false,
    });
  });

  it("falls back to the project's defaults when nothing is set", () => {
    expect(runOptionsFrom({})).toMatchObject({ cacheDir: path.resolve(".cache"), pdfCacheDir: path.resolve(".cache/pdf"), previewPdf: true, browser: {} });
    expect(runOptionsFrom({ PDF_CACHE_DIR: "pdfs" }).pdfCacheDir).toBe(path.resolve("pdfs"));
    expect(outputDirFrom({})).toBe(path.resolve("output"));
    expect(eleventyConfigFrom({})).toBe(".eleventy.js");
  });

  it("is given the environment by the entries, no module under src/ reads a variable from it, and it names every variable it reads", () => {
    // Handing the whole environment on to a child process (`{ ...process.env, TMPDIR }` for
    // Chromium) reads no setting; reading a variable from it does.
    const readers = modulesUnder("src").filter((file) => /process\.env\b/.test(readFileSync(file, "utf8").replace(/\{\s*\.\.\.process\.env\s*,/g, "")));
    expect(readers).toEqual([]);
    const read = [...readFileSync("src/tools/cli/environment.ts", "utf8").matchAll(/env\.([A-Z_]+)/g)].map((match) => match[1]);
    expect([...new Set(read)].sort()).toEqual(Object.keys(ENVIRONMENT_VARIABLES).sort());
  });
});
