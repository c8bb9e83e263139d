import { describe, expect, it } from "vitest";
import { estimateTextWidth, wrapText } from "../../../../src/render/charts/text-width.ts";

describe("estimateTextWidth", () => {
  it("counts a Chinese character as a full em and Latin letters as less", () => {
    expect(estimateTextWidth("外语标识", 10)).toBe(40);
    expect(estimateTextWidth("AB", 10)).toBeLessThan(20);
  });
});

describe("wrapText", () => {
  it("breaks a long Chinese label between characters, every line within the width", () => {
    const lines = wrapText("政务服务中心外语办事窗口覆盖率与全市外语标识综合准确率", 140, 14);
    expect(lines.join("")).toBe("政务服务中心外语办事窗口覆盖率与全市外语标识综合准确率");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(140);
  });

  it("never starts a line with closing punctuation", () => {
    const lines = wrapText("一二三四五六七八九，十一", 126, 14);
    for (const line of lines) expect(line).not.toMatch(/^[，。）]/);
    expect(lines.join("")).toBe("一二三四五六七八九，十一");
  });

  it("breaks English at spaces", () => {
    expect(wrapText("Containers handled in the first quarter", 120, 14)).toEqual(["Containers", "handled in the", "first quarter"]);
  });
});
