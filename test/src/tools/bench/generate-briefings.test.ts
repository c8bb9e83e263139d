import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateBriefings } from "../../../../src/tools/bench/generate-briefings.ts";
import { loadBriefings } from "../../../../src/content/load-briefings.ts";
import { listFiles } from "../../../helpers/site.ts";
import { tempDir } from "../../../helpers/fixtures.ts";

describe("the benchmark's briefing generator", () => {
  const first = tempDir();
  const second = tempDir();
  afterAll(() => {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  it("writes briefings that load under the current schema, Chinese and English in turn, each complete", () => {
    const slugs = generateBriefings(first, 4);
    expect(slugs).toEqual(["bench-zh-0001", "bench-en-0002", "bench-zh-0003", "bench-en-0004"]);
    const briefings = loadBriefings(first);
    expect(briefings.map((b) => b.language).sort()).toEqual(["en", "en", "zh-CN", "zh-CN"]);
    for (const briefing of briefings) {
      expect(briefing.sections).toHaveLength(4);
      expect(briefing.figures).toHaveLength(8);
      expect(briefing.figures.filter((f) => f.headline)).toHaveLength(4);
      expect(briefing.figures.some((f) => (f.change?.value ?? 0) < 0)).toBe(true);
      expect(briefing.charts).toHaveLength(1);
    }
  });

  it("writes the same bytes for the same number of briefings", () => {
    generateBriefings(second, 4);
    const files = listFiles(first);
    expect(files).toEqual(listFiles(second));
    expect(files.length).toBe(4 * 5);
    for (const file of files) expect(readFileSync(path.join(second, file))).toEqual(readFileSync(path.join(first, file)));
  });
});
