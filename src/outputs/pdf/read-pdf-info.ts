import { readFile, stat } from "node:fs/promises";

/** What readers are told about a PDF before they download it. */
export interface PdfInfo {
  /** Site-relative URL, e.g. `/my-briefing/my-briefing.pdf`. */
  url: string;
  /** Exact size in bytes (feeds' enclosures need it exactly). */
  bytes: number;
  pages: number;
}

/**
 * Reads a PDF's size and page count.
 * @param file path of the PDF
 * @param url the URL it is published at
 */
export async function readPdfInfo(file: string, url: string): Promise<PdfInfo> {
  const [{ size }, data] = await Promise.all([stat(file), readFile(file)]);
  // Loaded on first use: a site build without PDFs never reads one.
  const { getDocumentProxy } = await import("unpdf");
  const document = await getDocumentProxy(new Uint8Array(data));
  try {
    return { url, bytes: size, pages: document.numPages };
  } finally {
    await document.cleanup();
  }
}
