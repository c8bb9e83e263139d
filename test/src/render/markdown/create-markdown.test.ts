import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { createMarkdown } from "../../../../src/render/markdown/create-markdown.ts";
import type { MarkdownEnv } from "../../../../src/render/markdown/markdown-env.ts";
import type { Figure } from "../../../../src/content/schema.ts";
import { shiftHeadings } from "../../../../src/render/html/shift-headings.ts";
import { wordsFor } from "../../../helpers/project.ts";

const figure: Figure = { id: "visits", label: "访问", value: 12000, unit: "人次", qualifier: "nearly", period: "五年", kind: "count", headline: false };

function render(source: string, env: Partial<MarkdownEnv> = {}) {
  const fullEnv: MarkdownEnv = { language: "zh-CN", figures: new Map([["visits", figure]]), anchorPrefix: "intro", labels: wordsFor("zh-CN"), ...env };
  const html = createMarkdown().render(source, fullEnv);
  return { document: parseHTML(`<body>${html}</body>`).document, env: fullEnv, html };
}

describe("the markdown renderer", () => {
  it("replaces a figure shortcode with the figure's formatted value and raw number", () => {
    const { document } = render('五年来接待{% figure "visits" %}。');
    const data = document.querySelector("data.figure-ref");
    expect(data?.getAttribute("value")).toBe("12000");
    expect(data?.textContent).toBe("近1.2万人次");
  });

  it("gives every paragraph, list item and heading an id and records where each figure is stated", () => {
    const { document, env } = render('开头。\n\n## 小标题\n\n- 第一项\n- 含{% figure "visits" %}\n');
    expect([...document.querySelectorAll("[id]")].map((el) => el.id)).toEqual(["intro-p1", "intro-h1", "intro-li1", "intro-li2"]);
    expect(env.statements).toEqual([{ figureId: "visits", anchor: "intro-li2" }]);
  });

  it("links a figure stated only in a table cell to the table's region, an id the page has", () => {
    const { document, env } = render('开头。\n\n| 项目 | 数值 |\n| --- | ---: |\n| 接待 | {% figure "visits" %} |\n');
    expect(env.statements).toEqual([{ figureId: "visits", anchor: "intro-table1" }]);
    expect(document.getElementById("intro-table1")).not.toBeNull();
  });

  it("gives headings their Markdown level, which pages that nest sections shift one deeper", () => {
    const { html, document } = render("## 小标题");
    expect(document.querySelector("h2")?.textContent).toBe("小标题");
    const nested = parseHTML(`<body>${shiftHeadings(html, 1)}</body>`).document;
    expect(nested.querySelector("h3")?.textContent).toBe("小标题");
    expect(nested.querySelector("h3")?.id).toBe(document.querySelector("h2")?.id);
  });

  it("escapes raw HTML in prose instead of passing it through", () => {
    const { document } = render("<script>alert(1)</script>");
    expect(document.querySelector("script")).toBeNull();
  });

  it("sets CJK emphasis that ends in full-width punctuation, which plain CommonMark leaves as asterisks", () => {
    const { document, html } = render("前文**粗体，**后文");
    expect(document.querySelector("strong")?.textContent).toBe("粗体，");
    expect(html).not.toContain("**");
  });

  it("numbers footnotes at the end of the section, with ids that start with the section's prefix", () => {
    const source = "First claim.[^a] Second claim.[^b]\n\n[^a]: Note A.\n[^b]: Note B.\n";
    const first = render(source, { anchorPrefix: "throughput", labels: { footnotes: "Notes", footnoteBack: "Back to the text" } });
    const second = render(source, { anchorPrefix: "containers" });
    const refs = [...first.document.querySelectorAll(".footnote-ref a")];
    expect(refs.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([["1", "#fn-throughput-1"], ["2", "#fn-throughput-2"]]);
    const notes = [...first.document.querySelectorAll(".footnotes li")];
    expect(notes.map((li) => li.id)).toEqual(["fn-throughput-1", "fn-throughput-2"]);
    expect(notes.map((li) => li.querySelector("a.footnote-backref")?.getAttribute("href"))).toEqual(["#fnref-throughput-1", "#fnref-throughput-2"]);
    expect(first.document.querySelector(".footnotes__title")?.textContent).toBe("Notes");
    expect(first.html.indexOf("footnotes")).toBeGreaterThan(first.html.indexOf("Second claim"));
    // Two sections on one page (the print edition) share no id.
    const ids = [first, second].flatMap(({ document }) => [...document.querySelectorAll("[id]")].map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("wraps a table in a focusable, named scroll region, with a caption from a Table: line", () => {
    const table = "| A | B |\n| --- | --- |\n| 1 | 2 |\n";
    const { document } = render(`Table: Throughput by **cargo**\n\n${table}\nAfter.\n\n${table}`, { labels: { table: "Table" } });
    const regions = [...document.querySelectorAll("div.table-scroll")];
    expect(regions).toHaveLength(2);
    for (const region of regions) {
      expect(region.getAttribute("role")).toBe("region");
      expect(region.getAttribute("tabindex")).toBe("0");
      expect(region.firstElementChild?.tagName).toBe("TABLE");
    }
    const caption = regions[0]!.querySelector("caption")!;
    expect(caption.innerHTML).toBe("Throughput by <strong>cargo</strong>");
    expect(regions[0]!.getAttribute("aria-labelledby")).toBe(caption.id);
    expect(regions[1]!.querySelector("caption")).toBeNull();
    expect(regions[1]!.getAttribute("aria-label")).toBe("Table 2");
    expect(document.body.textContent).not.toContain("Table:");
    expect([...document.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["After."]);
  });

  it("aligns table columns with classes, never with inline style", () => {
    const { document, html } = render("| A | B | C |\n| :--- | ---: | :---: |\n| 1 | 2 | 3 |\n");
    expect(html).not.toContain("style=");
    expect([...document.querySelectorAll("td")].map((td) => td.getAttribute("class"))).toEqual(["align-left", "align-right", "align-center"]);
  });

  it("renders blockquotes, nested lists and inline code", () => {
    const { document } = render("> Quoted.\n\n- outer\n  - inner\n\nWrite `TEU`.\n");
    expect(document.querySelector("blockquote p")?.textContent).toBe("Quoted.");
    expect(document.querySelector("ul > li > ul > li")?.textContent).toBe("inner");
    expect(document.querySelector("p code")?.textContent).toBe("TEU");
  });
});
