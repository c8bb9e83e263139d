import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { formatFindings } from "../../../../src/tools/check/finding.ts";
import { runChecks } from "../../../../src/tools/check/run-checks.ts";
import { emptyJsonFeed, handMadeSite, validPage } from "../../../helpers/hand-made-site.ts";
import { shippedSiteUrl } from "../../../helpers/project.ts";
import { sharedBrowserOptions } from "../../../helpers/shared-site.ts";

describe("the gate's link check on a site published under a sub-path", () => {
  const site = handMadeSite({
    "index.html": validPage(
      [
        '<p><a href="/briefings/a/#p1">ok: prefixed, with a fragment</a></p>',
        '<p><a href="a/">ok: relative</a> <a href="https://example.org/briefings/a/">ok: absolute, own host</a></p>',
        '<p><a href="https://other.example.net/x">ok: another host</a> <a href="mailto:x@example.org">ok: mail</a></p>',
        '<p><a href="https://example.org/reports/q2">ok: the publisher\'s own page beside the site</a> <a href="https://example.org/">ok: the publisher\'s home</a></p>',
        '<p><a href="https://example.org/a/">wrong: absolute, own host, a page of the site without the prefix</a> <a href="http://127.1:8080/briefings/a/">wrong: loopback, short form</a></p>',
        '<p><a href="#heading">ok: own heading</a> <a href="#top">ok: top</a></p>',
        '<p><a href="/a/">wrong: no prefix</a> <a href="a/#p9">wrong: fragment</a> <a href="http://127.0.0.1:8080/briefings/a/">wrong: loopback</a></p>',
        '<p><img src="pic.png" srcset="pic.png 1x, pic-2x.png 2x" alt="A picture"></p>',
      ].join("\n"),
    ),
    "a/index.html": validPage('<p id="p1">One</p>'),
    "pic.png": "",
    "404.html": validPage('<p><a href="#heading">ok</a> <a href="/briefings/">ok</a> <a href="a/">wrong on a deep URL</a></p>'),
    "assets/site.css": '@font-face { src: url("../fonts/missing.woff2"); } .x { background: url(../pic.png); filter: url(#f); }',
    "feed.json": emptyJsonFeed("https://example.org/briefings/"),
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it("reports exactly the links that do not resolve under the prefix, with what is wrong", async () => {
    const { findings } = await runChecks(site, { only: ["links"], siteUrl: shippedSiteUrl(), browser: sharedBrowserOptions() });
    expect(formatFindings(findings)).toEqual([
      '404.html: broken link: "a/" leads to no/such/page/a/, which is not in the site',
      'assets/site.css: broken reference: "../fonts/missing.woff2" leads to fonts/missing.woff2, which is not in the site',
      'index.html: broken link: "/a/" leads outside the site\'s path /briefings/, where nothing of the site is published',
      'index.html: broken link: "a/#p9": a/index.html has no element with id "p9"',
      'index.html: broken link: "http://127.0.0.1:8080/briefings/a/" points at a private address (127.0.0.1: the build machine or its network), which readers cannot reach',
      'index.html: broken link: "http://127.1:8080/briefings/a/" points at a private address (127.0.0.1: the build machine or its network), which readers cannot reach',
      'index.html: broken link: "https://example.org/a/" leads outside the site\'s path /briefings/, where nothing of the site is published',
      'index.html: broken link: "pic-2x.png" leads to pic-2x.png, which is not in the site',
    ]);
  });
});
