import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { getDocumentProxy } from "unpdf";
import { PDF_MARGIN_MM } from "./pdf-blank-space.ts";

/** Whitespace, soft hyphens, zero-width and bidi controls: none are printed, so none are compared. */
const UNPRINTED = /[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Text as compared between the HTML and the PDF's text layer. */
export function squashText(text: string): string {
  return text.replace(UNPRINTED, "");
}

/** One line of a PDF page's text layer, as pdf.js reads it. */
export interface PdfLine {
  /** The line's text, squashed (see squashText). */
  text: string;
  /** The baseline, in points from the foot of the page. */
  y: number;
}

/**
 * The lines of each page's text block (inside the top and bottom margins, so without the running
 * header and footer), top to bottom. A text run whose vertical extent overlaps a line's joins it,
 * so a footnote marker raised above the baseline stays on its line.
 * @param file a PDF
 */
export async function pdfLines(file: string): Promise<PdfLine[][]> {
  const document = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const pages: PdfLine[][] = [];
  const pt = 72 / 25.4;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [, y0, , y1] = page.view as [number, number, number, number];
    const top = y1 - PDF_MARGIN_MM.top * pt;
    const bottom = y0 + PDF_MARGIN_MM.bottom * pt;
    const runs: Array<{ text: string; y: number; height: number; x: number }> = [];
    for (const item of (await page.getTextContent()).items) {
      if (!("str" in item) || squashText(item.str) === "") continue;
      const y = item.transform[5] as number;
      if (y > top || y < bottom) continue;
      runs.push({ text: item.str, y, height: Math.max(item.height, 1), x: item.transform[4] as number });
    }
    // Top to bottom, then in the order pdf.js read them (the content stream's, which is reading order).
    const lines: Array<{ texts: string[]; y: number; height: number }> = [];
    for (const run of runs.map((run, order) => ({ ...run, order })).sort((a, b) => b.y - a.y || a.order - b.order)) {
      const line = lines.find((candidate) => Math.abs(candidate.y - run.y) < Math.max(candidate.height, run.height) * 0.6);
      if (line) line.texts.push(run.text);
      else lines.push({ texts: [run.text], y: run.y, height: run.height });
    }
    pages.push(lines.map((line) => ({ text: squashText(line.texts.join("")), y: line.y })).filter((line) => line.text !== ""));
  }
  return pages;
}

/**
 * The text of every paragraph-like block of a print edition, as printed: paragraphs, list items
 * without blocks inside, definitions and captions, with the address print.css writes after a
 * prose link. Squashed (see squashText).
 * @param html the print edition's HTML
 */
export function printedParagraphs(html: string): string[] {
  const { document } = parseHTML(html);
  for (const link of document.querySelectorAll('.prose p a[href^="http"], .prose li a[href^="http"]')) {
    link.append(` (${link.getAttribute("href")})`);
  }
  return [...document.querySelectorAll("p, li, dd, figcaption")]
    .filter((block) => !block.querySelector("p, ul, ol, dl, div"))
    .map((block) => squashText(block.textContent ?? ""))
    .filter((text) => text !== "");
}

/** A paragraph split by a page break so that one of its lines stands alone on a page. */
export interface LoneLine {
  page: number;
  kind: "widow" | "orphan";
  line: string;
}

/**
 * Every paragraph that a page break splits leaving a single line on one side: its last line alone
 * at the top of a page (a widow) or its first line alone at the foot of one (an orphan). A break
 * splits a paragraph when the last line of one page and the first of the next run on inside it.
 * @param pages each page's lines (pdfLines)
 * @param paragraphs the printed paragraphs (printedParagraphs)
 */
export function loneLines(pages: PdfLine[][], paragraphs: readonly string[]): LoneLine[] {
  const found: LoneLine[] = [];
  for (let n = 1; n < pages.length; n++) {
    const before = pages[n - 1]!.at(-1)?.text;
    const after = pages[n]![0]?.text;
    if (!before || !after) continue;
    const split = paragraphs.find((paragraph) => paragraph.includes(before + after));
    if (!split) continue;
    if (split.endsWith(after) && !split.startsWith(after)) found.push({ page: n + 1, kind: "widow", line: after });
    if (split.startsWith(before) && !split.endsWith(before)) found.push({ page: n, kind: "orphan", line: before });
  }
  return found;
}
