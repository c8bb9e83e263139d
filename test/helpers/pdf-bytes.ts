import { readFileSync } from "node:fs";
import { decodePDFRawStream, PDFDocument, PDFRawStream } from "pdf-lib";

/**
 * A PDF's whole content as text: every object, with every stream decompressed, so a test can
 * search what the file holds, not just what a viewer shows.
 * @param file path of the PDF
 */
export async function pdfContentText(file: string): Promise<string> {
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const parts: string[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      parts.push(object.dict.toString());
      try {
        parts.push(Buffer.from(decodePDFRawStream(object).decode()).toString("latin1"));
      } catch {
        parts.push(Buffer.from(object.contents).toString("latin1"));
      }
    } else parts.push(object.toString());
  }
  return parts.join("\n");
}
