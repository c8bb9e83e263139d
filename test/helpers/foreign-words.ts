import { matchLanguage } from "../../src/content/language-match.ts";
import type { Labels } from "../../src/content/interface-words.ts";

/** Han, kana and Hangul: a word of two of these is already a word. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Every text of a language's labels, all plural forms, split at their placeholders and trimmed of punctuation. */
function phrasesOf(words: Labels): string[] {
  return Object.values(words)
    .flatMap((text) => (typeof text === "string" ? [text] : Object.values(text)))
    .flatMap((text) => (text ?? "").split(/\{\w+\}/))
    .map((part) => part.replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, "").replace(/\s+/g, " "))
    .filter(Boolean);
}

/**
 * The interface words of other languages that a page shows as its own: a text node (or an
 * aria-label, title or alt) that is exactly another language's label, or holds a long one,
 * outside any element marked with another `lang`. Words a language shares with the page's
 * ("PDF", "Total", "JSON") are not counted; nor are single words in Latin or Cyrillic letters,
 * which a briefing may well use itself ("Editor" is a credit in English and a label in Spanish),
 * nor single characters in Chinese, Japanese and Korean.
 * @param document a built page
 * @param labels every language's interface words
 * @returns each foreign word found, as "<language>: <word> in <where>"
 */
export function foreignInterfaceWords(document: Document, labels: Record<string, Labels>): string[] {
  const available = Object.keys(labels);
  const pageFile = matchLanguage(available, document.documentElement.getAttribute("lang") ?? "");
  if (!pageFile) return [`the page's language "${document.documentElement.getAttribute("lang")}" has no labels`];
  const own = phrasesOf(labels[pageFile]!);
  const ownText = own.join("\u0000");
  const foreign = available
    .filter((language) => language !== pageFile)
    .flatMap((language) =>
      [...new Set(phrasesOf(labels[language]!))]
        // A single Latin word ("Editor", "Total") is as likely a briefing's own word as a label.
        .filter((phrase) => (DENSE_SCRIPT.test(phrase) ? [...phrase].length >= 2 : phrase.includes(" ") && phrase.length >= 6))
        .filter((phrase) => !ownText.includes(phrase))
        .map((phrase) => ({ language, phrase })),
    );
  const found: string[] = [];
  const check = (text: string, where: string) => {
    const normal = text.replace(/\s+/g, " ").trim();
    if (!normal) return;
    for (const { language, phrase } of foreign) {
      const long = DENSE_SCRIPT.test(phrase) ? [...phrase].length >= 6 : phrase.length >= 14;
      if (normal === phrase || (long && normal.includes(phrase))) found.push(`${language}: "${phrase}" in ${where}`);
    }
  };
  // An element is in the page's language unless it, or an ancestor, is marked with another.
  const inPageLanguage = (element: Element | null) => {
    const marked = element?.closest("[lang]")?.getAttribute("lang");
    return !marked || matchLanguage(available, marked) === pageFile;
  };
  const walker = document.createTreeWalker(document.body ?? document.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, template") || !inPageLanguage(parent)) continue;
    check(node.textContent ?? "", `<${parent.tagName.toLowerCase()}${parent.className ? ` class="${parent.className}"` : ""}>`);
  }
  for (const element of document.querySelectorAll("[aria-label], [title], img[alt]")) {
    if (!inPageLanguage(element)) continue;
    for (const name of ["aria-label", "title", "alt"]) {
      const value = element.getAttribute(name);
      if (value) check(value, `${name} of <${element.tagName.toLowerCase()}>`);
    }
  }
  const title = document.querySelector("head > title");
  if (title) check(title.textContent ?? "", "<title>");
  return found;
}
