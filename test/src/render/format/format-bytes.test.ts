import { describe, expect, it } from "vitest";
import { formatBytes } from "../../../../src/render/format/format-bytes.ts";

describe("formatBytes", () => {
  it("writes sizes in the units each language uses: Ko and Mo in French, КБ in Russian, KB elsewhere", () => {
    expect(formatBytes(820_000, "en")).toBe("820 KB");
    expect(formatBytes(1_400_000, "fr")).toBe("1,4\u00a0Mo");
    expect(formatBytes(820_000, "fr-CA")).toBe("820\u00a0Ko");
    expect(formatBytes(820_000, "ru")).toBe("820 КБ");
    expect(formatBytes(1_400_000, "zh-CN")).toBe("1.4 MB");
  });
});
