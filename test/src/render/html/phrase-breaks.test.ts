import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { insertPhraseBreaks, PHRASE_CLASS, phrasesOf } from "../../../../src/render/html/phrase-breaks.ts";

const singleHan = /^\s*\p{Script=Han}\s*$/u;

describe("phrasesOf", () => {
  it("never breaks a number from its unit, scale or counter (jlreq 3.1.8, clreq): 5兆円, 2019年比, 3,687万人", () => {
    for (const [text, whole] of [
      ["訪日外国人旅行消費額は2019年比で5兆円を超えた", ["2019年比", "5兆円"]],
      ["2024年の訪日外客数は3,687万人", ["3,687万人"]],
      ["約2,507万人が訪れた", ["約2,507万人"]],
      ["入境游客同比增长19.8%，达到1.2万人次", ["1.2万人次", "19.8%"]],
    ] as const) {
      const pieces = phrasesOf(text, /[ぁ-ん]/u.test(text) ? "ja" : "zh-CN");
      expect(pieces.join("")).toBe(text);
      for (const part of whole) expect(pieces.some((piece) => piece.includes(part)), `${part} in ${pieces.join("|")}`).toBe(true);
    }
  });

  const titles = [
    "北京国际交往中心功能建设进展简报",
    "“乙类乙管”之后：线下国际交往驶入快车道",
    "上半年接待党宾国宾团组",
    "上半年团组量相当于过去三年总量",
    "国际体育赛事：用好冬奥遗产，扩大城市影响力",
    "全市外语标识综合准确率",
    "地铁站双语导向标识更新完成",
    "今年前三季度来华留学生人数同比下降",
  ];

  it("splits Chinese titles into phrases that join back into the title", () => {
    for (const title of titles) {
      const phrases = phrasesOf(title, "zh-CN");
      expect(phrases.join(""), title).toBe(title);
      expect(phrases.length, title).toBeGreaterThan(1);
    }
  });

  it("never leaves a single Han character as a phrase of its own", () => {
    for (const title of titles) {
      expect(phrasesOf(title, "zh-CN").filter((phrase) => singleHan.test(phrase)), title).toEqual([]);
    }
  });

  it("keeps words whole that the model alone would split: 功能, 建设, 快车道, 冬奥", () => {
    expect(phrasesOf("北京国际交往中心功能建设进展简报", "zh-CN")).toEqual(["北京", "国际", "交往", "中心", "功能", "建设", "进展", "简报"]);
    expect(phrasesOf("“乙类乙管”之后：线下国际交往驶入快车道", "zh-CN").at(-1)).toBe("快车道");
    expect(phrasesOf("国际体育赛事：用好冬奥遗产，扩大城市影响力", "zh-CN").some((phrase) => phrase.includes("冬奥"))).toBe(true);
  });

  it("keeps separators at the end of a line: no piece opens with a space, '·' or '、'", () => {
    const phrases = phrasesOf("国际交往中心 · 主场外交 · 对外开放 · 国际赛事", "zh-CN");
    expect(phrases.join("")).toBe("国际交往中心 · 主场外交 · 对外开放 · 国际赛事");
    expect(phrases.filter((phrase) => /^[\s·、]/.test(phrase))).toEqual([]);
    expect(phrases.filter((phrase) => phrase.endsWith(" · "))).toHaveLength(3);
  });

  it("leaves text in a language written with spaces as one piece", () => {
    expect(phrasesOf("Multilingual services for foreign residents", "en")).toEqual(["Multilingual services for foreign residents"]);
  });
});

describe("insertPhraseBreaks", () => {
  const page = (lang: string, heading: string) =>
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><h1>${heading}</h1>` +
    `<p class="figure-card__label"><a href="#x">上半年接待党宾国宾团组</a></p>` +
    `<p class="figure-card__meta">2023年上半年 · <span class="figure-card__change"><span aria-hidden="true">▲</span> <span class="visually-hidden">上升 </span>同比+49%</span></p>` +
    `<p>正文段落由浏览器逐字排版，不插入断点。</p></body></html>`;

  it("puts <wbr> between the phrases of headings and labels on a Chinese page, and marks them", () => {
    const { document } = parseHTML(insertPhraseBreaks(page("zh-CN", "多语种政务服务：便利外资企业与外籍人士")));
    const h1 = document.querySelector("h1")!;
    expect(h1.classList.contains(PHRASE_CLASS)).toBe(true);
    expect(h1.textContent).toBe("多语种政务服务：便利外资企业与外籍人士");
    expect(h1.innerHTML.split("<wbr>")).toEqual(phrasesOf("多语种政务服务：便利外资企业与外籍人士", "zh-CN"));
    const label = document.querySelector(".figure-card__label a")!;
    expect(label.querySelectorAll("wbr").length).toBe(phrasesOf("上半年接待党宾国宾团组", "zh-CN").length - 1);
    // Only the outermost match is marked; the link inside the label is broken through it.
    expect(document.querySelectorAll(`.${PHRASE_CLASS}`).length).toBe(3);
  });

  it("leaves running prose and screen-reader-only words alone", () => {
    const { document } = parseHTML(insertPhraseBreaks(page("zh-CN", "标题")));
    expect(document.querySelector("body > p:last-child")!.innerHTML).toBe("正文段落由浏览器逐字排版，不插入断点。");
    expect(document.querySelector(".visually-hidden")!.innerHTML).toBe("上升 ");
  });

  it("changes nothing but the marked elements' class and text: drawings, attributes and the doctype stay as written", () => {
    const rest = `<svg viewBox="0 0 10 10"><text>图表标签不断行</text><rect x="1" width="2"/></svg><a href="/x.csv" download>下载数据</a>`;
    const html = `<!doctype html><html lang="zh-CN" data-font='400 "Noto"'><body><h2 id="h" class="title">国际体育赛事&amp;城市影响力</h2>${rest}</body></html>`;
    const out = insertPhraseBreaks(html);
    expect(out.startsWith(`<!doctype html><html lang="zh-CN" data-font='400 "Noto"'><body><h2 id="h" class="${PHRASE_CLASS} title">`)).toBe(true);
    expect(out.endsWith(`</h2>${rest}</body></html>`)).toBe(true);
    const heading = parseHTML(out).document.querySelector("h2")!;
    expect(heading.textContent).toBe("国际体育赛事&城市影响力");
    expect(heading.querySelectorAll("wbr").length).toBeGreaterThan(1);
  });

  it("breaks dates, source lines and captions too, but leaves a PDF size the build has yet to fill in whole", () => {
    const html = `<!doctype html><html lang="zh-CN"><body><time class="update__date">2024年3月29日</time><p class="update__source"><a href="/a.pdf">PDF 版</a>（@@pdf-size:foreign-trade-2023:zh-CN@@）海关总署公布的统计数据</p></body></html>`;
    const out = insertPhraseBreaks(html);
    expect(out).toContain("（@@pdf-size:foreign-trade-2023:zh-CN@@）");
    const { document } = parseHTML(out);
    expect(document.querySelector("time")!.innerHTML).toContain("<wbr>");
    expect(document.querySelector("time")!.innerHTML).not.toMatch(/3<wbr>月|2024<wbr>年/);
    expect(document.querySelector(".update__source")!.innerHTML).toContain("<wbr>");
  });

  it("returns an English page unchanged", () => {
    const html = page("en", "Multilingual services for foreign residents");
    expect(insertPhraseBreaks(html)).toBe(html);
  });
});
