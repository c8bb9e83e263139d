import { describe, expect, it } from "vitest";
import { whereEqual } from "../../../../../src/outputs/eleventy/filters/where-equal.ts";

describe("whereEqual", () => {
  it("keeps only the items whose property equals the value, in order", () => {
    const figures = [
      { id: "a", sectionId: "one" },
      { id: "b", sectionId: "two" },
      { id: "c", sectionId: "one" },
    ];
    expect(whereEqual(figures, "sectionId", "one").map((f) => f.id)).toEqual(["a", "c"]);
    expect(whereEqual(figures, "sectionId", "three")).toEqual([]);
  });
});
