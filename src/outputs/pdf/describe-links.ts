import { PDFDict, PDFHexString, PDFName, PDFRef, type PDFDocument } from "pdf-lib";
import { getDocumentProxy } from "unpdf";
import { textWithin, type TextRun } from "./text-in-rect.ts";

/** A link annotation as pdf.js reads it. */
interface LinkAnnotation {
  subtype: string;
  /** The annotation's object, e.g. "12R" (or "12R3" for generation 3). */
  id: string;
  rect: number[];
  url?: string;
  dest?: unknown;
}

/**
 * Gives every link annotation the description PDF/UA asks for (/Contents, read by screen readers
 * when they land on the link): the text the link covers on the page, or, for a link without text,
 * its address. Chromium writes links without one. The text is read with pdf.js from the printed
 * PDF, so it is exactly what the reader sees.
 * @param document a PDF Chromium printed, opened with pdf-lib; changed in place
 */
export async function describeLinks(document: PDFDocument): Promise<void> {
  const pdf = await getDocumentProxy(await document.save({ useObjectStreams: false, updateFieldAppearances: false }));
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const links = ((await page.getAnnotations()) as LinkAnnotation[]).filter((annotation) => annotation.subtype === "Link");
      if (links.length === 0) continue;
      const runs = (await page.getTextContent()).items as TextRun[];
      for (const link of links) {
        const ref = /^(\d+)R(\d*)$/.exec(link.id);
        const annotation = ref ? document.context.lookup(PDFRef.of(Number(ref[1]), Number(ref[2] || 0))) : undefined;
        if (!(annotation instanceof PDFDict) || annotation.has(PDFName.of("Contents"))) continue;
        const description = textWithin(runs, link.rect) || link.url || (typeof link.dest === "string" ? `#${link.dest}` : "");
        if (description !== "") annotation.set(PDFName.of("Contents"), PDFHexString.fromText(description));
      }
    }
  } finally {
    await pdf.destroy();
  }
}
