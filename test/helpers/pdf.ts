import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { getDocumentProxy } from "unpdf";
import { readOutline as outlinePages, type OutlineEntry } from "../../src/tools/check/read-outline.ts";

export type { OutlineEntry };

/** What the tests read from a PDF, through pdf.js (unpdf). */
export interface ReadPdf {
  pages: number;
  /** Each page's text, in reading order, with all whitespace removed (CJK text has none to keep). */
  text: string[];
  /** Each page's size in points. */
  sizes: Array<{ width: number; height: number }>;
  outline: OutlineEntry[];
  info: Record<string, unknown>;
  marked: boolean;
  /** Each page's link annotations: an external URL or an internal destination's page. */
  links: Array<Array<{ url?: string; page?: number }>>;
}

/** Opens a PDF with pdf.js and reads its text, page sizes, outline, metadata and links. */
export async function readPdf(file: string): Promise<ReadPdf> {
  const document = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const text: string[] = [];
  const sizes: ReadPdf["sizes"] = [];
  const links: ReadPdf["links"] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    text.push(content.items.map((item) => ("str" in item ? item.str : "")).join("").replace(/\s+/g, ""));
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push({ width: x1 - x0, height: y1 - y0 });
    const pageLinks: Array<{ url?: string; page?: number }> = [];
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== "Link") continue;
      if (annotation.url) pageLinks.push({ url: annotation.url as string });
      else if (annotation.dest) {
        const dest = typeof annotation.dest === "string" ? await document.getDestination(annotation.dest) : annotation.dest;
        pageLinks.push({ page: dest ? (await document.getPageIndex(dest[0])) + 1 : undefined });
      }
    }
    links.push(pageLinks);
  }
  const metadata = await document.getMetadata();
  const markInfo = await document.getMarkInfo();
  const outline = await outlinePages(document);
  return { pages: document.numPages, text, sizes, outline, info: metadata.info as Record<string, unknown>, marked: markInfo?.Marked === true, links };
}

/** One font as `pdffonts` (poppler) lists it. */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** The fonts a PDF uses, as poppler's `pdffonts` reports them. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id.
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: match[1]!, type: match[2]!, embedded: match[4] === "yes", subset: match[5] === "yes" };
  });
}
