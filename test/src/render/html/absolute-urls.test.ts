import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { absolutizeHtml, toAbsoluteUrl } from "../../../../src/render/html/absolute-urls.ts";

const SUB_PATH = "https://example.org/briefings/";

describe("absolute URLs for feeds", () => {
  it("put site paths under the base URL's sub-path and resolve relative ones against their page", () => {
    expect(toAbsoluteUrl("/trade-note/figures/", SUB_PATH)).toBe("https://example.org/briefings/trade-note/figures/");
    expect(toAbsoluteUrl("../history/#history-p1", SUB_PATH, "/trade-note/traffic/")).toBe("https://example.org/briefings/trade-note/history/#history-p1");
    expect(toAbsoluteUrl("#traffic-p1", SUB_PATH, "/trade-note/traffic/")).toBe("https://example.org/briefings/trade-note/traffic/#traffic-p1");
    expect(toAbsoluteUrl("https://stats.example.net/q1", SUB_PATH, "/trade-note/traffic/")).toBe("https://stats.example.net/q1");
    expect(toAbsoluteUrl("mailto:desk@example.org", SUB_PATH)).toBe("mailto:desk@example.org");
  });

  it("rewrite every link and image in a piece of HTML and leave its text alone", () => {
    const html = absolutizeHtml(
      '<p id="x">See <a href="/trade-note/figures/">figures</a> &amp; <img src="chart.png" srcset="chart.png 1x, /img/chart@2x.png 2x" alt="“chart”"></p>',
      SUB_PATH,
      "/trade-note/traffic/",
    );
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(document.querySelector("a")?.getAttribute("href")).toBe("https://example.org/briefings/trade-note/figures/");
    expect(document.querySelector("img")?.getAttribute("src")).toBe("https://example.org/briefings/trade-note/traffic/chart.png");
    expect(document.querySelector("img")?.getAttribute("srcset")).toBe(
      "https://example.org/briefings/trade-note/traffic/chart.png 1x, https://example.org/briefings/img/chart@2x.png 2x",
    );
    expect(document.querySelector("img")?.getAttribute("alt")).toBe("“chart”");
    expect(document.querySelector("p")?.textContent).toBe("See figures & ");
  });
});
