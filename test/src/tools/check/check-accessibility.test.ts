import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { formatFindings } from "../../../../src/tools/check/finding.ts";
import { runChecks } from "../../../../src/tools/check/run-checks.ts";
import { emptyJsonFeed, handMadeSite, validPage } from "../../../helpers/hand-made-site.ts";
import { shippedSiteUrl } from "../../../helpers/project.ts";
import { sharedBrowserOptions } from "../../../helpers/shared-site.ts";

describe("the gate's accessibility check in Chromium", () => {
  const site = handMadeSite({
    "index.html": validPage('<p><a href="/briefings/about/">About</a></p>'),
    "about/index.html": validPage(
      '<p style="color:#777;background:#888">Too faint to read</p><img src="https://cdn.example.com/x.png" alt="A picture">',
      "About",
    ),
    // Legible in the light scheme, too faint in the dark one: found only in the dark views.
    "night/index.html": validPage('<style>@media (prefers-color-scheme: dark) { .night { color: #777; background: #888 } }</style><p class="night">Faint at night</p>', "Night"),
    "feed.json": emptyJsonFeed("https://example.org/briefings/"),
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it("reports axe violations and requests to other hosts, page by page, in each of the four views", async () => {
    const { findings } = await runChecks(site, { only: ["accessibility"], siteUrl: shippedSiteUrl(), browser: sharedBrowserOptions() });
    const lines = formatFindings(findings);
    const contrast = lines.filter((line) => line.startsWith("about/index.html: axe color-contrast (serious)"));
    expect(contrast.map((line) => /\(([^()]+)\)$/.exec(line)?.[1])).toEqual(["1280 px, dark", "1280 px, light", "390 px, dark", "390 px, light"]);
    const offSite = lines.filter((line) => line.includes("loads https://cdn.example.com/x.png from another host"));
    expect(offSite).toHaveLength(4);
    expect(lines.filter((line) => line.startsWith("index.html"))).toEqual([]);
    const night = lines.filter((line) => line.startsWith("night/index.html: axe color-contrast"));
    expect(night.map((line) => /\(([^()]+)\)$/.exec(line)?.[1])).toEqual(["1280 px, dark", "390 px, dark"]);
  });
});
