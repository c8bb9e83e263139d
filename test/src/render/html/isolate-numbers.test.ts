import { describe, expect, it } from "vitest";
import { isolateNumbers } from "../../../../src/render/html/isolate-numbers.ts";

describe("isolateNumbers", () => {
  it("isolates each number left to right with its sign and percent, leaving words outside", () => {
    expect(isolateNumbers("مقارنة بعام 2022 +31.7%")).toBe(`مقارنة بعام <bdi dir="ltr">2022</bdi> <bdi dir="ltr">+31.7%</bdi>`);
    expect(isolateNumbers("\u200e−70.1%")).toBe(`<bdi dir="ltr">\u200e−70.1%</bdi>`);
    expect(isolateNumbers("−6,1\u00a0%")).toBe(`<bdi dir="ltr">−6,1\u00a0%</bdi>`);
  });

  it("escapes the text around the numbers", () => {
    expect(isolateNumbers("<b> 5")).not.toContain("<b>");
    expect(isolateNumbers("<b> 5")).toMatch(/^&[^<]*;b&[^<]*; <bdi dir="ltr">5<\/bdi>$/);
  });
});
