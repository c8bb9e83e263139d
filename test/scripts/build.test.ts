import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir, VALID_BRIEFINGS } from "../helpers/fixtures.ts";
import { runScript } from "../helpers/run-script.ts";
import { readPdf } from "../helpers/pdf.ts";
import { sharedSiteBuild } from "../helpers/shared-site.ts";

// Not a terminal: no live progress line, one summary line (CI logs stay short).
const PROGRESS = /^Printed 1 PDF \(\d+ pages, \d+(\.\d)? KB\) in \d+\.\d s$/m;

// The English site (test/shared-sites.ts) is the test briefing built by npm run build, once for the run.
describe("npm run build and npm run pdf", () => {
  const work = tempDir();
  const build = sharedSiteBuild("english");
  const output = build.dir;
  const pdf = path.join(output, "trade-note/trade-note.pdf");
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("builds the site and then the PDF of every briefing, with one summary line when not on a terminal", () => {
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(PROGRESS);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(path.join(output, "trade-note/index.html"), "utf8")).toContain('href="/trade-note/trade-note.pdf"');
  });

  it("offers each briefing's PDF in the archive on the home page, with its pages and size, in the site's language", async () => {
    const home = parseHTML(readFileSync(path.join(output, "index.html"), "utf8")).document;
    const links = [...home.querySelectorAll(".archive-entry__pdf")];
    expect(links.map((p) => p.querySelector("a")?.getAttribute("href"))).toEqual(["/trade-note/trade-note.pdf"]);
    const count = (await readPdf(pdf)).pages;
    expect(links[0]?.querySelector(".archive-entry__pdf-size")?.textContent).toMatch(new RegExp(`^${count} pages · \\d+(\\.\\d)? KB$`));
  });

  it("re-prints the PDF from the built site with npm run pdf, to the same bytes", () => {
    // npm run pdf prints into the site it is given: a copy, as the shared site is read-only.
    const copy = path.join(work, "reprinted");
    cpSync(output, copy, { recursive: true });
    const before = readFileSync(pdf);
    const result = runScript("scripts/print-pdf.ts", { BUILD_OUTPUT_DIR: copy });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(PROGRESS);
    expect(result.stdout).not.toContain("npm run build");
    expect(readFileSync(path.join(copy, "trade-note/trade-note.pdf")).equals(before)).toBe(true);
  });

  it("says to run the build when there is no built site to print from", () => {
    const result = runScript("scripts/print-pdf.ts", { BUILD_OUTPUT_DIR: path.join(work, "nothing-here") });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run build");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("npm run build when printing cannot happen", () => {
  const work = tempDir();
  const output = path.join(work, "output");
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("says how to get a browser when there is none, in one message, and keeps the published site", () => {
    mkdirSync(output, { recursive: true });
    writeFileSync(path.join(output, "index.html"), "published");
    const result = runScript("scripts/build.ts", { BRIEFINGS_DIR: VALID_BRIEFINGS, BUILD_OUTPUT_DIR: output, PUPPETEER_EXECUTABLE_PATH: path.join(work, "no-chromium") });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("PUPPETEER_EXECUTABLE_PATH is set to");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("published");
    expect(readdirSync(work)).toEqual(["output"]);
  });

  it("rejects a paper size it cannot print on before building anything", () => {
    const result = runScript("scripts/build.ts", { BRIEFINGS_DIR: VALID_BRIEFINGS, BUILD_OUTPUT_DIR: path.join(work, "paper"), BRIEFING_PAPER: "B5" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/BRIEFING_PAPER.*"B5".*"A4" or "Letter"/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(work, "paper"))).toBe(false);
  });
});
