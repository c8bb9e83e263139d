import { cpSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { printBriefings } from "../../../../src/outputs/pdf/print-briefings.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { SEVERAL_SLUGS } from "../../../helpers/several-briefings.ts";
import { sharedBrowserOptions, sharedSite } from "../../../helpers/shared-site.ts";
import { FIXTURES_SITE_URL } from "../../../shared-sites.ts";

// Copies of the fixtures site (test/shared-sites.ts), which holds the three briefings of SEVERAL_SLUGS.
describe("printing several briefings at once", () => {
  const work = tempDir();
  const built = sharedSite("fixtures");
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gives byte-identical PDFs whether printed one at a time or three at once, in any order", async () => {
    const one = path.join(work, "one");
    const three = path.join(work, "three");
    cpSync(built, one, { recursive: true });
    cpSync(built, three, { recursive: true });
    const lines: string[] = [];
    const printedOne = await printBriefings(one, SEVERAL_SLUGS, { siteUrl: FIXTURES_SITE_URL, browser: sharedBrowserOptions(), log: false, concurrency: 1 });
    const printedThree = await printBriefings(three, [...SEVERAL_SLUGS].reverse(), { siteUrl: FIXTURES_SITE_URL, browser: sharedBrowserOptions(), log: (line) => lines.push(line), concurrency: 3 });
    expect(printedOne.map((p) => p.key)).toEqual(SEVERAL_SLUGS);
    expect(printedThree.map((p) => p.key)).toEqual([...SEVERAL_SLUGS].reverse());
    expect(lines).toHaveLength(3);
    for (const slug of SEVERAL_SLUGS) {
      const a = readFileSync(path.join(one, slug, `${slug}.pdf`));
      const b = readFileSync(path.join(three, slug, `${slug}.pdf`));
      expect(a.length, slug).toBeGreaterThan(10_000);
      expect(b.equals(a), slug).toBe(true);
    }
  });
});
