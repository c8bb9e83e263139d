import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { createMarkdown } from "../../../src/markdown/create-markdown.ts";
import type { MarkdownEnv } from "../../../src/markdown/markdown-env.ts";
import type { Figure } from "../../../src/content/schema.ts";

const figure: Figure = { id: "visits", label: "访问", value: 12000, unit: "人次", qualifier: "近", period: "五年", kind: "count", headline: false };

function render(source: string, env: Partial<MarkdownEnv> = {}) {
  const fullEnv: MarkdownEnv = { language: "zh-CN", figures: new Map([["visits", figure]]), anchorPrefix: "intro", ...env };
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

  it("shifts heading levels when asked, for pages that nest sections", () => {
    expect(render("## 小标题", { headingOffset: 1 }).document.querySelector("h3")?.textContent).toBe("小标题");
  });

  it("escapes raw HTML in prose instead of passing it through", () => {
    const { document } = render("<script>alert(1)</script>");
    expect(document.querySelector("script")).toBeNull();
  });
});
