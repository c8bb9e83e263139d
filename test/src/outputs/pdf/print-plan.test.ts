import { describe, expect, it } from "vitest";
import { briefingsOfShard } from "../../../../src/outputs/pdf/print-plan.ts";

describe("the shards' share of the PDFs", () => {
  it("splits every edition's PDF by its key's sorted position, so an edition may print on another machine than its briefing", () => {
    const keys = ["trade-note", "goods-trade-2023/en", "goods-trade-2023", "goods-trade-2023/fr"];
    expect(briefingsOfShard(keys, { index: 1, count: 2 })).toEqual(["goods-trade-2023", "goods-trade-2023/fr"]);
    expect(briefingsOfShard(keys, { index: 2, count: 2 })).toEqual(["goods-trade-2023/en", "trade-note"]);
    expect(briefingsOfShard(keys, undefined)).toEqual(["goods-trade-2023", "goods-trade-2023/en", "goods-trade-2023/fr", "trade-note"]);
  });
});
