import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readInterfaceWords } from "../../../src/content/interface-words.ts";
import { foreignInterfaceWords } from "../../helpers/foreign-words.ts";
import { sharedSite } from "../../helpers/shared-site.ts";
import { browsedPages, readPage } from "../../helpers/site.ts";

const labels = readInterfaceWords();
const page = (lang: string, body: string) => parseHTML(`<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`).document as unknown as Document;

describe("no interface word of another language on any page", () => {
  it("finds an English label on a French page, and a Chinese one in an aria-label", () => {
    const found = foreignInterfaceWords(page("fr-FR", `<p>Télécharger le PDF</p><p>Download the data</p><nav aria-label="简报导航"></nav>`), labels);
    expect(found).toEqual([expect.stringContaining('en: "Download the data"'), expect.stringContaining('zh-Hans: "简报导航" in aria-label')]);
  });

  it("finds a word left in English inside a longer French sentence", () => {
    expect(foreignInterfaceWords(page("fr", `<p>Astuce : Search every briefing's sections and key figures. Merci.</p>`), labels)).toEqual([expect.stringContaining('en: "Search every briefing')]);
  });

  it("leaves alone words marked with their own language, and words the languages share", () => {
    expect(foreignInterfaceWords(page("fr", `<span lang="zh-CN">国际交往简报</span><p lang="en">Download the data</p><p>PDF</p><p>Total</p>`), labels)).toEqual([]);
  });

  it("finds none on any page of the fixtures site, in any of its languages", () => {
    const site = sharedSite("fixtures");
    const pages = browsedPages(site);
    const languages = new Set<string>();
    const found = pages.flatMap((file) => {
      const document = readPage(site, file);
      languages.add(document.documentElement.getAttribute("lang") ?? "");
      return foreignInterfaceWords(document, labels).map((word) => `${file}: ${word}`);
    });
    expect(found).toEqual([]);
    expect(languages).toContain("fr-FR");
    expect(languages).toContain("es-ES");
  });
});
