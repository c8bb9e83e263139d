import { describe, expect, it } from "vitest";
import { punctuationFor } from "../../../../src/render/format/punctuation.ts";

describe("punctuationFor", () => {
  it("gives Chinese and Japanese full-width colons (clreq, jlreq), French a no-break space before its colon", () => {
    expect(punctuationFor("zh-CN").colon).toBe("：");
    expect(punctuationFor("ja-JP").colon).toBe("：");
    expect(punctuationFor("fr-CA").colon).toBe("\u00a0: ");
    expect(punctuationFor("en-GB").colon).toBe(": ");
  });

  it("quotes with each language's marks, Traditional Chinese by the region's script", () => {
    expect([punctuationFor("zh-TW").open, punctuationFor("zh-HK").close]).toEqual(["「", "」"]);
    expect([punctuationFor("zh-SG").open, punctuationFor("zh-Hans").close]).toEqual(["“", "”"]);
    expect(punctuationFor("de").open + punctuationFor("de").close).toBe("„“");
    expect(punctuationFor("ru").open + punctuationFor("ru").close).toBe("«»");
    expect(punctuationFor("ar").comma).toBe("، ");
    expect(punctuationFor("ja").comma).toBe("、");
  });
});
