import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML, DOMParser } from "linkedom";
import { CHINESE_BRIEFINGS, VALID_BRIEFINGS } from "./fixtures.ts";

const HAN = /\p{Script=Han}/u;

/**
 * A folder of briefings for a language test: the English fixture, and optionally the Chinese
 * fixture. The fixture's Chinese qualifier (近) is a content-model matter (semantic
 * qualifiers, issue 8 item 4), not the site's chrome, so it is dropped here.
 */
export function briefingsFolder(options: { chinese: boolean }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "briefings-lang-"));
  cpSync(VALID_BRIEFINGS, dir, { recursive: true });
  const yaml = path.join(dir, "trade-note", "briefing.yaml");
  writeFileSync(yaml, readFileSync(yaml, "utf8").replace(/^\s*qualifier:\s*\p{Script=Han}+\s*$/gmu, ""));
  if (options.chinese) cpSync(CHINESE_BRIEFINGS, dir, { recursive: true });
  return dir;
}

/**
 * Every place in a built HTML, XML or XSL file where a Han character appears outside an element
 * whose language (`lang` or `xml:lang`, inherited) is Chinese, as "file: text". JSON carries no
 * language markup, so any Han character in it counts.
 */
export function hanOutsideChinese(file: string, source: string): string[] {
  if (file.endsWith(".json")) return HAN.test(source) ? [`${file}: ${source.match(/.{0,20}\p{Script=Han}+.{0,20}/u)![0]}`] : [];
  const document = file.endsWith(".html") ? parseHTML(source).document : new DOMParser().parseFromString(source, "text/xml");
  const found: string[] = [];
  const languageOf = (element: Element | null): string => {
    for (let at = element; at; at = at.parentElement) {
      const lang = at.getAttribute("lang") ?? at.getAttribute("xml:lang");
      if (lang) return lang;
    }
    return "";
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      if (HAN.test(node.textContent ?? "") && !/^zh/i.test(languageOf(node.parentElement))) found.push(`${file}: ${node.textContent!.trim().slice(0, 40)}`);
      return;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      for (const attribute of Array.from(element.attributes)) {
        if (HAN.test(attribute.value) && !/^zh/i.test(languageOf(element))) found.push(`${file}: ${element.tagName}@${attribute.name}="${attribute.value.slice(0, 40)}"`);
      }
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(document as unknown as Node);
  return found;
}

/** Every file under a folder, with forward slashes, relative to it. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
