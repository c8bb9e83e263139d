import { describe, expect, it } from "vitest";
import { readPage } from "../../helpers/site.ts";
import { sharedSite } from "../../helpers/shared-site.ts";

describe("the figure card", () => {
  // The English site (test/shared-sites.ts): the test briefing, built once for the run.
  const out = sharedSite("english");

  it("states a change's direction in words, not only by its hidden arrow", () => {
    const card = readPage(out, "trade-note/index.html").querySelector("#figure-containers")!;
    const change = card.querySelector(".figure-card__change--down")!;
    expect(change.querySelector('[aria-hidden="true"]')?.textContent).toBe("▼");
    const spoken = [...change.childNodes]
      .filter((node) => !(node as Element).getAttribute?.("aria-hidden"))
      .map((node) => node.textContent)
      .join("")
      .trim();
    expect(spoken).toBe("down: year on year\u00a0−3.5%");
  });

  it("shows the qualifier, value, unit, label and period, and links to the stating paragraph", () => {
    const card = readPage(out, "trade-note/index.html").querySelector("#figure-containers")!;
    expect(card.querySelector(".figure-card__value")?.textContent).toBe("nearly 12,000 TEU");
    expect(card.querySelector(".figure-card__label a")?.getAttribute("href")).toBe("/trade-note/traffic/#traffic-p1");
    expect(card.querySelector(".figure-card__meta")?.textContent).toContain("Q1 2024");
  });
});
