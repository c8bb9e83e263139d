import { describe, expect, it } from "vitest";
import { sectionHeadings } from "../../../../src/render/html/section-headings.ts";

describe("sectionHeadings", () => {
  const html =
    `<p id="s-p1">Intro</p><h2 id="s-h1">Port traffic <em>rose</em></h2><p id="s-p2">…</p>` +
    `<h3 id="s-h2">A detail</h3><h2 id="s-h3">“Quoted” heading</h2><h2>No id</h2>`;

  it("lists the level-two headings with an id, in order, as plain text", () => {
    expect(sectionHeadings(html)).toEqual([
      { id: "s-h1", text: "Port traffic rose" },
      { id: "s-h3", text: "“Quoted” heading" },
    ]);
  });

  it("lists another level when asked", () => {
    expect(sectionHeadings(html, 3)).toEqual([{ id: "s-h2", text: "A detail" }]);
  });

  it("gives the text and id as a reader sees them, character references decoded (the template escapes them again)", () => {
    expect(sectionHeadings(`<h2 id="r&amp;d">R&amp;D &lt;2024&gt; <a href="#x">&#x5317;京</a></h2>`)).toEqual([{ id: "r&d", text: "R&D <2024> 北京" }]);
  });

  it("gives an empty list for prose without headings", () => {
    expect(sectionHeadings("<p>Only prose.</p>")).toEqual([]);
  });
});
