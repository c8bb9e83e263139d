import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles, readPage } from "../../helpers/site.ts";
import { sharedSite } from "../../helpers/shared-site.ts";

const POLICY = readFileSync("_includes/partials/content-security-policy.njk", "utf8").match(/content="([^"]+)"/)![1]!;

describe("the Content-Security-Policy", () => {
  let out: string;
  let pages: string[];

  beforeAll(() => {
    out = sharedSite("chinese");
    // Every HTML page, the print edition and 404 included.
    pages = listFiles(out).filter((file) => file.endsWith(".html"));
  });

  it("is strict: only the site's own origin, no inline script, no plugins, no other base", () => {
    const directives: Record<string, string[]> = Object.fromEntries(POLICY.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'self'"]);
    for (const [name, values] of Object.entries(directives)) {
      expect(values.filter((v) => !["'self'", "'none'", "data:", "'wasm-unsafe-eval'"].includes(v)), name).toEqual([]);
    }
    // 'wasm-unsafe-eval' (Pagefind) is allowed; 'unsafe-eval' is not.
    expect(POLICY).not.toMatch(/unsafe-inline|[^-]unsafe-eval'|\*|https?:/);
  });

  it("is the first thing after the charset on every page, and no page has inline script, style or event handlers", () => {
    expect(pages.length).toBeGreaterThan(8);
    expect(pages).toEqual(expect.arrayContaining(["404.html", expect.stringMatching(/\/print\/index\.html$/)]));
    const problems: string[] = [];
    for (const file of pages) {
      const document = readPage(out, file);
      const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')];
      if (metas.length !== 1 || metas[0]!.getAttribute("content") !== POLICY) problems.push(`${file}: ${metas.length} policies`);
      if (document.head.children[1] !== metas[0]) problems.push(`${file}: the policy is not second in <head>`);
      // JSON-LD is data, never run, so the policy does not apply to it.
      if (document.querySelectorAll('script:not([src]):not([type="application/ld+json"]), style').length) problems.push(`${file}: inline <script> or <style>`);
      for (const element of document.querySelectorAll("*")) {
        const inline = [...element.attributes].filter((a) => a.name === "style" || a.name.startsWith("on"));
        if (inline.length) problems.push(`${file}: <${element.localName} ${inline.map((a) => a.name).join(" ")}>`);
      }
    }
    expect(problems).toEqual([]);
  });

  // That Chromium enforces it, and that no page breaks it: test/src/site/pages-in-chromium.test.ts,
  // which opens every page once for all the checks made in Chromium.
});
