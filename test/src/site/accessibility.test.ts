import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import { describe, expect, it } from "vitest";
import { browsedPages } from "../../helpers/site.ts";
import { useSiteInChromium } from "../../helpers/site-in-chromium.ts";
import { openPage } from "../../helpers/open-page.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The axe rules whose outcome depends on colours, the only thing the colour scheme changes. */
const SCHEME_RULES = ["color-contrast", "link-in-text-block"];

describe("the built pages, checked by axe-core in Chromium", () => {
  const site = useSiteInChromium("chinese");

  // Each page is loaded once and checked in both schemes: switching the scheme restyles it as a
  // fresh load in that scheme would.
  it("have no accessibility violations in the light or the dark scheme, colour contrast included", async () => {
    const violations: string[] = [];
    for (const file of browsedPages(site.out).filter((f) => f.endsWith("index.html"))) {
      const page = await site.browser.newPage();
      try {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
        // axe is injected as an inline script, which the pages' Content-Security-Policy refuses.
        await page.setBypassCSP(true);
        await openPage(page, site.server.url + file.replace(/index\.html$/, ""));
        await page.addScriptTag({ content: axeSource });
        for (const scheme of ["light", "dark"] as const) {
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
          // Switching the scheme changes colours only: the dark run asks the rules that read
          // colours, the light run every rule (names, roles, structure are the same in both).
          const rules = scheme === "light" ? undefined : SCHEME_RULES;
          const result = await page.evaluate((only) => (window as unknown as { axe: { run(options?: object): Promise<AxeResults> } }).axe.run(only ? { runOnly: { type: "rule", values: only } } : undefined), rules);
          for (const violation of result.violations) {
            violations.push(`${file} (${scheme}): ${violation.id} (${violation.impact}) at ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          }
        }
      } finally {
        await page.close();
      }
    }
    expect(violations).toEqual([]);
  });
});
