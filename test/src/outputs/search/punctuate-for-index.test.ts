import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { punctuateForIndex } from "../../../../src/outputs/search/punctuate-for-index.ts";

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><article data-pagefind-body data-pagefind-meta="language:${lang}">${body}</article></body></html>`;
const textOf = (html: string, selector: string) => [...parseHTML(html).document.querySelectorAll(selector)].map((element) => element.textContent);

describe("punctuating a page for the search index", () => {
  it("ends a Chinese heading with the ideographic full stop, so excerpts never read 影响力. 北京", () => {
    const html = punctuateForIndex(page("zh-CN", "<h2>国际影响力</h2><p>北京举办赛事。</p>"));
    expect(textOf(html, "h2, p")).toEqual(["国际影响力。", "北京举办赛事。"]);
  });

  it("ends a Japanese heading with 。 and an English one with a full stop", () => {
    expect(textOf(punctuateForIndex(page("ja-JP", "<h2>訪日客数</h2>")), "h2")).toEqual(["訪日客数。"]);
    expect(textOf(punctuateForIndex(page("en", "<h2>Traffic</h2>")), "h2")).toEqual(["Traffic."]);
  });

  it("separates table cells with the language's comma and ends each row, so English cells never run together", () => {
    const table = "<table><tr><th>Port</th><th>Containers</th></tr><tr><td>Rotterdam</td><td>13.4 million</td></tr></table>";
    expect(textOf(punctuateForIndex(page("en", table)), "th, td")).toEqual(["Port, ", "Containers.", "Rotterdam, ", "13.4 million."]);
    expect(textOf(punctuateForIndex(page("zh-CN", table)), "td")).toEqual(["Rotterdam，", "13.4 million。"]);
  });

  it("reads character references as the characters they stand for, and closes a list item by its nested list's last item", () => {
    const html = punctuateForIndex(page("zh-CN", "<h2>进展&#12290;</h2><ul><li>上半年<ul><li>赛事</li></ul></li></ul>"));
    expect(textOf(html, "h2")).toEqual(["进展。"]);
    expect(textOf(html, "li li")).toEqual(["赛事。"]);
    expect(textOf(html, "ul > li")[0]).toBe("上半年赛事。");
  });

  it("leaves text that already ends in punctuation, metadata, ignored parts and pages without an indexed body alone", () => {
    const html = punctuateForIndex(page("en", `<p>Done.</p><p data-pagefind-meta="briefing">Port note · May 2</p><div data-pagefind-ignore><p>1 / 3</p></div>`));
    expect(textOf(html, "p")).toEqual(["Done.", "Port note · May 2", "1 / 3"]);
    const plain = "<!doctype html><html lang=\"en\"><body><h1>Archive</h1></body></html>";
    expect(punctuateForIndex(plain)).toBe(plain);
  });
});
