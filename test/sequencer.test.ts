import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { slowFirst } from "./helpers/slow-first.ts";
import { SLOW_FILES } from "./slow-files.ts";

describe("the order test files start in", () => {
  const sources: Record<string, string> = {
    "a.test.ts": "expect(1).toBe(1);",
    "b.test.ts": "const site = useSiteInChromium(\"fixtures\");",
    "c.test.ts": "expect(2).toBe(2);",
    "d.test.ts": "",
    "e.test.ts": "",
  };
  const order = slowFirst(Object.keys(sources), { "d.test.ts": 5, "e.test.ts": 40 }, (file) => sources[file]!);

  it("starts the known-slow files first, longest first", () => {
    expect(order.slice(0, 2)).toEqual(["e.test.ts", "d.test.ts"]);
  });

  it("then a file that drives Chromium or builds, then the rest in the order given", () => {
    expect(order.slice(2)).toEqual(["b.test.ts", "a.test.ts", "c.test.ts"]);
  });

  it("lists only test files that exist, so a renamed or removed file does not go unnoticed", () => {
    expect(Object.keys(SLOW_FILES).filter((file) => !existsSync(file))).toEqual([]);
    expect(Object.keys(SLOW_FILES).length).toBeGreaterThan(10);
  });
});
