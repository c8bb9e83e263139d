import { describe, expect, it } from "vitest";
import { tagSlug } from "../../../../src/content/paths/tag-paths.ts";

describe("tagSlug", () => {
  it("writes Latin tags as lower-case words joined by hyphens, without accents or punctuation", () => {
    expect(tagSlug("Port Traffic")).toBe("port-traffic");
    expect(tagSlug("Customs & Excise")).toBe("customs-excise");
    expect(tagSlug("Économie")).toBe("economie");
    expect(tagSlug("  --Trade--  ")).toBe("trade");
  });

  it("keeps Chinese tags as they are, so their URLs stay readable and stable", () => {
    expect(tagSlug("国际赛事")).toBe("国际赛事");
    expect(tagSlug("国际 赛事")).toBe("国际-赛事");
  });

  it("gives tags that differ only in case or punctuation the same slug", () => {
    expect(new Set(["Trade", "trade", "TRADE!"].map(tagSlug))).toEqual(new Set(["trade"]));
  });
});
