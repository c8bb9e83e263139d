import { parseHTML } from "linkedom";
import { punctuationFor } from "../../render/format/punctuation.ts";

/** Elements Pagefind ends with a sentence of their own, and table cells, which it runs together. */
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, caption, figcaption, th, td";

/** Text that already ends a sentence or a clause, in the scripts shipped (a percent sign or bracket does not). */
const ENDS_PUNCTUATED = /[.!?…:;,。！？：；，、؟،؛]$/u;

/**
 * A page's HTML as Pagefind should index it, so its excerpts read in the page's language.
 * Pagefind closes every block that does not end in punctuation with a Latin full stop ("影响力.
 * 北京") and runs table cells together ("Rotterdam13.4 million"); here each heading and block
 * of the indexed body ends in the language's own full stop (。 in Chinese and Japanese), and
 * each cell in the language's comma, its row's last in a full stop. Elements Pagefind reads as
 * metadata or ignores are left alone. Only the copy handed to Pagefind changes, never the page.
 * @param html the page as Eleventy wrote it
 * @returns the HTML to index
 */
export function punctuateForIndex(html: string): string {
  const { document } = parseHTML(html);
  const body = document.querySelector("[data-pagefind-body]");
  if (!body) return html;
  const punctuation = punctuationFor(document.documentElement.getAttribute("lang") ?? "en");
  const stop = punctuation.stop.trimEnd();
  for (const element of body.querySelectorAll(BLOCKS)) {
    if (element.closest("[data-pagefind-ignore]") || element.hasAttribute("data-pagefind-meta")) continue;
    // A block holding blocks (a list item with a nested list) is closed by its last one.
    if (element.querySelector(BLOCKS)) continue;
    const text = (element.textContent ?? "").trim();
    if (!text || ENDS_PUNCTUATED.test(text)) continue;
    const cell = element.tagName === "TD" || element.tagName === "TH";
    const lastInRow = !element.nextElementSibling;
    element.append(document.createTextNode(cell && !lastInRow ? punctuation.comma : stop));
  }
  return document.toString();
}
