import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import type { Finding } from "./finding.ts";
import { htmlPages } from "./site-files.ts";
import type { SiteLinks } from "./site-links.ts";

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = ["href", "src", "xlink:href", "poster", "action", "data"];

/**
 * Checks that every link, image, script, stylesheet and `srcset` candidate in the site's
 * pages, and every `url()` and `@import` in its stylesheets, leads to a file of the site and,
 * when it has a fragment, to an element with that id.
 * The not-found page is checked as if served at a deep missing URL, since hosts show it at any
 * address: its links must not depend on where it sits.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param links the site's link resolver
 */
export function checkLinks(root: string, files: string[], links: SiteLinks): Finding[] {
  const findings: Finding[] = [];
  for (const file of htmlPages(files)) {
    const own = links.urlOf(file);
    const served = file === "404.html" ? links.urlOf("no/such/page/") : own;
    const { document } = parseHTML(readFileSync(path.join(root, file), "utf8"));
    const seen = new Set<string>();
    const check = (reference: string) => {
      if (seen.has(reference)) return;
      seen.add(reference);
      // A bare fragment always names an element of the page itself, wherever it is served.
      const problem = links.problemWith(reference, reference.trim().startsWith("#") ? own : served);
      if (problem) findings.push({ file, problem: `broken link: ${problem}` });
    };
    for (const element of document.querySelectorAll("*")) {
      for (const name of URL_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value !== null) check(value);
      }
      const srcset = element.getAttribute("srcset");
      if (srcset) for (const candidate of srcset.split(",")) check(candidate.trim().split(/\s+/)[0] ?? "");
    }
  }
  for (const file of files.filter((f) => f.endsWith(".css"))) {
    const css = readFileSync(path.join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const base = links.urlOf(file);
    const references = new Set<string>();
    for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) references.add(match[1] ?? match[2] ?? match[3] ?? "");
    for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) references.add(match[1] ?? match[2] ?? "");
    for (const reference of references) {
      // A bare fragment in CSS (an SVG filter's `url(#id)`) names an element of the page using the sheet.
      if (reference.startsWith("#")) continue;
      const problem = links.problemWith(reference, base);
      if (problem) findings.push({ file, problem: `broken reference: ${problem}` });
    }
  }
  return findings;
}
