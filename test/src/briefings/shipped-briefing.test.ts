import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBriefings } from "../../../src/content/load-briefings.ts";
import { formatFindings } from "../../../src/tools/check/finding.ts";
import { runChecks } from "../../../src/tools/check/run-checks.ts";
import { listFiles } from "../../helpers/site.ts";
import { shippedSiteUrl } from "../../helpers/project.ts";
import { sharedSite, sharedSiteBuild } from "../../helpers/shared-site.ts";

// Tests of the content in src/briefings itself, on the shipped site (test/shared-sites.ts): what
// the generator makes of any briefing is tested on the fixtures under test/fixtures/.
describe("the shipped briefing", () => {
  const build = sharedSiteBuild("shipped");

  it("the shipped briefing builds with npm run build, site and PDF, as a user builds it", () => {
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    const briefings = loadBriefings(build.briefingsDir);
    expect(briefings.length).toBeGreaterThan(0);
    for (const briefing of briefings) expect(listFiles(build.dir)).toContain(`${briefing.slug}/${briefing.slug}.pdf`);
  });

  it("the shipped briefing passes the quality gate's HTML, link, feed and PDF checks", async () => {
    const { findings, counted } = await runChecks(sharedSite("shipped"), { only: ["html", "links", "feeds", "pdfs"], siteUrl: shippedSiteUrl() });
    expect(counted.pdfs).toBe(loadBriefings(path.resolve("src/briefings")).length);
    expect(formatFindings(findings)).toEqual([]);
  });
});
