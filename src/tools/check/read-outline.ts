import type { getDocumentProxy } from "unpdf";

/** A PDF opened with unpdf (pdf.js). */
export type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** One bookmark of a PDF's outline and the page it opens. */
export interface OutlineEntry {
  title: string;
  /** 1-based page number the bookmark points at. */
  page: number;
  /** 0 for top-level bookmarks, 1 for their children, … */
  depth: number;
}

/**
 * Reads a PDF's outline (its bookmarks) in reading order, each with the page it opens, as a
 * reader's PDF viewer sees it: the gate and the tests compare it with the headings.
 * @param document a PDF opened with unpdf (pdf.js)
 */
export async function readOutline(document: PdfDocument): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  type Item = Awaited<ReturnType<PdfDocument["getOutline"]>>[number];
  const visit = async (items: Item[] | null | undefined, depth: number) => {
    for (const item of items ?? []) {
      const destination = typeof item.dest === "string" ? await document.getDestination(item.dest) : item.dest;
      const target = destination?.[0];
      const page = target && typeof target === "object" ? (await document.getPageIndex(target)) + 1 : typeof target === "number" ? target + 1 : 0;
      entries.push({ title: item.title, page, depth });
      await visit(item.items, depth + 1);
    }
  };
  await visit(await document.getOutline(), 0);
  return entries;
}
