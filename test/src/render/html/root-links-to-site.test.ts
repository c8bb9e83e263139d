import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { rootLinksToSite } from "../../../../src/render/html/root-links-to-site.ts";

function hrefs(html: string): string[] {
  return [...parseHTML(`<body>${html}</body>`).document.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "");
}

describe("rootLinksToSite", () => {
  it("points root-relative links at the published site, under its sub-path", () => {
    const html = '<p><a href="/brief/figures/#figure-x">x</a></p>';
    expect(hrefs(rootLinksToSite(html, "https://example.org/briefings/"))).toEqual(["https://example.org/briefings/brief/figures/#figure-x"]);
  });

  it("leaves links within the document and to other sites alone", () => {
    const html = '<a href="#brief-p2">a</a><a href="https://other.example/">b</a><a href="//cdn.example/x">c</a>';
    expect(hrefs(rootLinksToSite(html, "https://example.org/"))).toEqual(["#brief-p2", "https://other.example/", "//cdn.example/x"]);
  });
});

describe("rootLinksToSite with the page the prose was written for", () => {
  it("resolves relative links against that page on the published site, not against the print edition", () => {
    const html = '<a href="../figures/">a</a><a href="figures.csv">b</a><a href="./">c</a><a href="?q=1">d</a>';
    expect(hrefs(rootLinksToSite(html, "https://example.org/briefings/", "/brief/traffic/"))).toEqual([
      "https://example.org/briefings/brief/figures/",
      "https://example.org/briefings/brief/traffic/figures.csv",
      "https://example.org/briefings/brief/traffic/",
      "https://example.org/briefings/brief/traffic/?q=1",
    ]);
  });

  it("leaves mail links and links to other sites as written", () => {
    const html = '<a href="mailto:desk@example.org">a</a><a href="HTTPS://other.example/x">b</a>';
    expect(hrefs(rootLinksToSite(html, "https://example.org/", "/brief/traffic/"))).toEqual(["mailto:desk@example.org", "HTTPS://other.example/x"]);
  });
});
