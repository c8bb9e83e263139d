import type { PdfDocument } from "./read-outline.ts";

/** A link annotation as pdf.js reads it: where it is on the page and where it leads. */
interface LinkAnnotation {
  subtype: string;
  dest?: unknown;
  rect: number[];
}

/** A run of text as pdf.js reads it: the text and where it starts (transform[4], transform[5]). */
interface TextRun {
  str: string;
  transform: number[];
}

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
    const runs = ((await page.getTextContent()).items as TextRun[]).filter((run) => typeof run.str === "string" && run.str.trim() !== "");
    for (const link of links) {
      const [x1, y1, x2, y2] = link.rect as [number, number, number, number];
      // Text is placed by its baseline, which sits inside the link's box, a little above its bottom.
      const inside = runs.filter((run) => run.transform[4]! >= x1 - 1 && run.transform[4]! <= x2 + 1 && run.transform[5]! >= y1 - 1 && run.transform[5]! <= y2 + 1);
      inside.sort((a, b) => a.transform[4]! - b.transform[4]!);
      const text = inside.map((run) => run.str).join(" ").replace(/\s+/g, " ").trim();
      const printed = /(\d+)$/.exec(text)?.[1];
      const destination = await pdf.getDestination(link.dest as string);
      const ref = destination?.[0];
      const actual = ref && typeof ref === "object" ? (await pdf.getPageIndex(ref as Parameters<PdfDocument["getPageIndex"]>[0])) + 1 : undefined;
      const entry = text.replace(/\s*\d+$/, "") || `#${String(link.dest)}`;
      if (actual === undefined) problems.push(`the contents entry "${entry}" on page ${number} leads to #${String(link.dest)}, which is on no page`);
      else if (printed === undefined) problems.push(`the contents entry "${entry}" on page ${number} prints no page number; its heading is on page ${actual}`);
      else if (Number(printed) !== actual) problems.push(`the contents entry "${entry}" on page ${number} says page ${printed}, but its heading is on page ${actual}`);
    }
  }
  return problems;
}
