import { describe, expect, it } from "vitest";
import { pickEditionText } from "../../../../src/content/editions/edition-text.ts";

const data = {
  title: { "zh-CN": "货物贸易", en: "Goods trade" },
  figures: [
    { id: "exports", label: { zh: "出口", en: "Exports" }, value: 23.77, unit: "%", change: { value: 0.6, basis: { "zh-CN": "同比", en: "year on year" } } },
  ],
  charts: [{ id: "c", title: "Trade", series: [{ label: { "zh-CN": "出口", en: "Exports" }, figure: "exports" }] }],
  language: "zh-CN",
  tags: [{ "zh-CN": "贸易", en: "Trade" }, "海关"],
};

describe("pickEditionText", () => {
  it("takes each text given per language in the edition's language, by BCP 47 lookup", () => {
    const { data: picked, missing } = pickEditionText(data, "zh-CN");
    expect(missing).toEqual([]);
    expect(picked).toMatchObject({ title: "货物贸易", figures: [{ label: "出口", change: { basis: "同比" } }], charts: [{ series: [{ label: "出口" }] }], tags: ["贸易", "海关"] });
    expect(pickEditionText(data, "en-GB").data).toMatchObject({ title: "Goods trade", figures: [{ label: "Exports" }] });
  });

  it("leaves values, plain texts and fields that have one text for every edition as written", () => {
    const picked = pickEditionText(data, "en").data as typeof data;
    expect([picked.figures[0]!.value, picked.figures[0]!.unit, picked.figures[0]!.change.value, picked.charts[0]!.title]).toEqual([23.77, "%", 0.6, "Trade"]);
    expect(data.title).toEqual({ "zh-CN": "货物贸易", en: "Goods trade" });
  });

  it("names each field that lacks the edition's language, with the languages it has", () => {
    expect(pickEditionText(data, "fr").missing).toEqual([
      { field: ["title"], given: ["zh-CN", "en"] },
      { field: ["figures", 0, "label"], given: ["zh", "en"] },
      { field: ["figures", 0, "change", "basis"], given: ["zh-CN", "en"] },
      { field: ["charts", 0, "series", 0, "label"], given: ["zh-CN", "en"] },
      { field: ["tags", 0], given: ["zh-CN", "en"] },
      { field: ["tags", 1], given: ["zh-CN"], plain: "海关" },
    ]);
  });

  it("takes a plain tag to be in the briefing's own language: the English edition lacks it, not shares it", () => {
    const { data: picked, missing } = pickEditionText(data, "en");
    expect((picked as typeof data).tags).toEqual(["Trade", "海关"]);
    expect(missing).toEqual([{ field: ["tags", 1], given: ["zh-CN"], plain: "海关" }]);
  });
});
