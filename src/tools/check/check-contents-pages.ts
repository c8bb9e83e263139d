import { runsWithin, textWithin, type TextRun } from "../../outputs/pdf/text-in-rect.ts";
import type { PdfDocument } from "./read-outline.ts";

/** A link annotation as pdf.js reads it: where it is on the page and where it leads. */
interface LinkAnnotation {
  subtype: string;
  dest?: unknown;
  rect: number[];
}

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * Compares the page number each contents entry of a PDF prints with the page its heading is
 * on. The entries are the print edition's `[data-page-of]` links: each is a link to the
 * heading's named destination with the number at its end, so the destination says the true
 * page and the text inside the link's rectangle says the printed one.
 * @param pdf the PDF, opened with unpdf (pdf.js)
 * @param targets the ids the contents entries point at (the print edition's `data-page-of` values)
 * @returns one problem per entry whose number is wrong or missing
 */
export async function contentsPageProblems(pdf: PdfDocument, targets: ReadonlySet<string>): Promise<string[]> {
  const problems: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const links = ((await page.getAnnotations()) as LinkAnnotation[]).filter((a) => a.subtype === "Link" && typeof a.dest === "string" && targets.has(a.dest));
    if (links.length === 0) continue;
    const runs = (await page.getTextContent()).items as TextRun[];
    for (const link of links) {
      const text = textWithin(runs, link.rect);
      // The number is set at the entry's inline end, on its first line when the title wraps: the
      // right edge, or the left in a right-to-left edition.
      const rightToLeft = RIGHT_TO_LEFT.test(text);
      const atEnd = runsWithin(runs, link.rect)
        .filter((run) => run.str.trim() !== "")
        .sort((a, b) => (rightToLeft ? a.transform[4]! - b.transform[4]! : b.transform[4]! - a.transform[4]!))[0];
      const printed = /^\s*(\d+)\s*$/.exec(atEnd?.str ?? "")?.[1];
      const destination = await pdf.getDestination(link.dest as string);
      const ref = destination?.[0];
      const actual = ref && typeof ref === "object" ? (await pdf.getPageIndex(ref as Parameters<PdfDocument["getPageIndex"]>[0])) + 1 : undefined;
      const entry = (printed === undefined ? text : text.replace(new RegExp(`\\s*${printed}(?=\\s|$)`), "")) || `#${String(link.dest)}`;
      if (actual === undefined) problems.push(`the contents entry "${entry}" on page ${number} leads to #${String(link.dest)}, which is on no page`);
      else if (printed === undefined) problems.push(`the contents entry "${entry}" on page ${number} prints no page number; its heading is on page ${actual}`);
      else if (Number(printed) !== actual) problems.push(`the contents entry "${entry}" on page ${number} says page ${printed}, but its heading is on page ${actual}`);
    }
  }
  return problems;
}
