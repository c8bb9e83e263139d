import { describe, expect, it } from "vitest";
import { briefingCslJson } from "../../../../src/render/citation/csl-json.ts";

const briefing = {
  slug: "harbour-review",
  title: "Harbour review",
  publisher: "Harbour Desk",
  date: "2024-07-01T23:30:00-04:00",
  updated: "2024-07-15T12:30:00-04:00",
  language: "en-US",
  summary: "A summary.",
  tags: ["harbours", "logistics"],
};

describe("briefingCslJson", () => {
  it("gives one report item that survives JSON, with the publisher as an institutional author", () => {
    const items = JSON.parse(JSON.stringify(briefingCslJson(briefing, "https://example.org/harbour-review/")));
    expect(items).toHaveLength(1);
    expect(items[0]).toEqual({
      id: "harbour-review",
      type: "report",
      title: "Harbour review",
      author: [{ literal: "Harbour Desk" }],
      publisher: "Harbour Desk",
      genre: "Briefing",
      issued: { "date-parts": [[2024, 7, 1]] },
      URL: "https://example.org/harbour-review/",
      language: "en-US",
      abstract: "A summary.",
      keyword: "harbours, logistics",
    });
  });

  it("has no keyword field for a briefing without tags", () => {
    expect(briefingCslJson({ ...briefing, tags: [] }, "https://example.org/x/")[0]).not.toHaveProperty("keyword");
  });
});
