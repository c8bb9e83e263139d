import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatFindings } from "../../../../src/tools/check/finding.ts";
import { runChecks } from "../../../../src/tools/check/run-checks.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
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
    // Each width loads the page once; the schemes are then switched without loading it again.
    const offSite = lines.filter((line) => line.includes("loads https://cdn.example.com/x.png from another host"));
    expect(offSite.map((line) => /\(([^()]+)\)$/.exec(line)?.[1])).toEqual(["1280 px, light", "390 px, light"]);
    expect(lines.filter((line) => line.startsWith("index.html"))).toEqual([]);
    const night = lines.filter((line) => line.startsWith("night/index.html: axe color-contrast"));
    expect(night.map((line) => /\(([^()]+)\)$/.exec(line)?.[1])).toEqual(["1280 px, dark", "390 px, dark"]);
  });
});

describe("the gate's results cache for the accessibility check", () => {
  const site = handMadeSite({
    "index.html": validPage('<p>Styled</p>').replace("</head>", '<link rel="stylesheet" href="/briefings/style.css">\n</head>'),
    "style.css": "p { color: #222; }",
    "feed.json": emptyJsonFeed("https://example.org/briefings/"),
  });
  const cacheDir = tempDir("briefing-gate-cache-");
  afterAll(() => {
    rmSync(site, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const check = async () => formatFindings((await runChecks(site, { only: ["accessibility"], siteUrl: shippedSiteUrl(), browser: sharedBrowserOptions(), cacheDir })).findings);

  it("keeps an unchanged page's results, and checks it again when the page or a file it loads changes", async () => {
    expect(await check()).toEqual([]);
    // The entry is planted with a finding Chromium would never make: seeing it proves the page was not opened.
    const [entryName] = readdirSync(cacheDir);
    const entryFile = path.join(cacheDir, entryName!);
    const plant = () => {
      const entry = JSON.parse(readFileSync(entryFile, "utf8")) as { files: string[] };
      expect(entry.files).toEqual(["style.css"]);
      writeFileSync(entryFile, JSON.stringify({ ...entry, findings: [{ file: "index.html", problem: "from the cache" }] }));
    };
    plant();
    expect(await check()).toEqual(["index.html: from the cache"]);
    writeFileSync(path.join(site, "style.css"), "p { color: #222; font-weight: bold; }");
    expect(await check()).toEqual([]);
    plant();
    expect(await check()).toEqual(["index.html: from the cache"]);
    writeFileSync(path.join(site, "index.html"), readFileSync(path.join(site, "index.html"), "utf8").replace("Styled", "Restyled"));
    expect(await check()).toEqual([]);
  });
});
