import { describe, expect, it } from "vitest";
import { slugFromTitle } from "../../../../src/tools/authoring/slug-from-title.ts";

describe("slugFromTitle", () => {
  it("joins the words of a Latin title with hyphens, in lower case, without punctuation", () => {
    expect(slugFromTitle("Harbour traffic, 2025: a first look")).toBe("harbour-traffic-2025-a-first-look");
  });

  it("drops accents rather than the letters that carry them", () => {
    expect(slugFromTitle("Économie : bilan de l’année")).toBe("economie-bilan-de-l-annee");
  });

  it("stops at a whole word before 60 characters", () => {
    const slug = slugFromTitle("A very long title about the development of international exchange in a large capital city over five years")!;
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("a-very-long-title-about-the-development-of-international");
  });

  it("derives nothing from a Chinese title, even one with digits or Latin letters in it", () => {
    expect(slugFromTitle("北京国际交往中心功能建设进展简报")).toBeUndefined();
    expect(slugFromTitle("2024年APEC会议简报")).toBeUndefined();
  });

  it("derives nothing from a title with no letters or digits", () => {
    expect(slugFromTitle("— ! —")).toBeUndefined();
  });
});
