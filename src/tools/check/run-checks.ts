import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { UserFacingError } from "../../base/user-facing-error.ts";
import type { BrowserOptions } from "../../base/launch-browser.ts";
import { checkAccessibility } from "./check-accessibility.ts";
import { checkData } from "./check-data.ts";
import { checkEditionFigures } from "./check-edition-figures.ts";
import { checkHreflang } from "./check-hreflang.ts";
import { readInterfaceWords, type Labels } from "../../content/interface-words.ts";
import { checkFeeds } from "./check-feeds.ts";
import { checkLinks } from "./check-links.ts";
import { checkPdfs } from "./check-pdfs.ts";
import type { Finding } from "./finding.ts";
import { checkShare } from "./check-share.ts";
import { readSiteAddress } from "./site-address.ts";
import { listSiteFiles } from "./site-files.ts";
import { SiteLinks } from "./site-links.ts";
import { validateHtml } from "./validate-html.ts";

/** The checks the quality gate runs, in the order it runs them. */
export const CHECKS = ["html", "links", "feeds", "data", "share", "hreflang", "editions", "pdfs", "accessibility"] as const;

/** One of the gate's checks. */
export type CheckName = (typeof CHECKS)[number];

/** How the gate runs. */
export interface GateOptions {
  /** The checks to run; all by default. */
  only?: readonly CheckName[];
  /** The base URL the settings give, for a site whose feeds do not state theirs. */
  siteUrl: string;
  /** Every language's interface words (`_data/labels/`), for writing figures as the site does; the project's own when absent. */
  labels?: Record<string, Labels>;
  /** The browser the accessibility check opens pages in. */
  browser?: BrowserOptions;
  /**
   * Where the accessibility check keeps each page's results between runs (`<cacheDir>/gate`),
   * so unchanged pages are not opened again; no cache when undefined (`--no-cache`).
   */
  cacheDir?: string;
}

/** What the gate found in a built site. */
export interface GateReport {
  findings: Finding[];
  /** How many pages, feeds' files and PDFs were looked at. */
  counted: { pages: number; pdfs: number; files: number };
}

/**
 * Runs the quality gate over a built site: HTML validation, internal links and fragments,
 * feeds, data downloads, share metadata and the sitemap, hreflang reciprocity, figures that
 * agree across a briefing's editions, PDFs and accessibility in Chromium.
 * @param root the built site's folder, e.g. output/
 * @param options which checks, where the settings say the site is published, and the browser
 */
export async function runChecks(root: string, options: GateOptions): Promise<GateReport> {
  const only = options.only ?? CHECKS;
  const folder = path.resolve(root);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UserFacingError(`There is no built site at ${root}: run \`npm run build\` first, or name the folder to check.`);
  }
  const files = listSiteFiles(folder);
  if (!files.includes("index.html")) throw new UserFacingError(`${root} has no index.html, so it is not a built site: run \`npm run build\` first.`);
  const address = readSiteAddress(folder, options.siteUrl);
  const links = new SiteLinks(folder, address);
  const findings: Finding[] = [];
  if (only.includes("html")) findings.push(...(await validateHtml(folder, files)));
  if (only.includes("links")) findings.push(...checkLinks(folder, files, links));
  if (only.includes("feeds")) findings.push(...checkFeeds(folder, files, links, address));
  if (only.includes("data")) findings.push(...checkData(folder, files));
  if (only.includes("share")) findings.push(...checkShare(folder, files, links, address));
  if (only.includes("hreflang")) findings.push(...checkHreflang(folder, files, address));
  if (only.includes("editions")) findings.push(...checkEditionFigures(folder, files, address, options.labels ?? readInterfaceWords()));
  if (only.includes("pdfs")) findings.push(...(await checkPdfs(folder, files, links, address)));
  if (only.includes("accessibility")) findings.push(...(await checkAccessibility(folder, files, address.pathPrefix, { browser: options.browser, cacheDir: options.cacheDir })));
  return {
    findings,
    counted: { pages: files.filter((f) => f.endsWith(".html")).length, pdfs: files.filter((f) => f.endsWith(".pdf")).length, files: files.length },
  };
}
