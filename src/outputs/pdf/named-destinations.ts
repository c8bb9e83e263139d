import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument } from "pdf-lib";

/** Where a named destination of a PDF points. */
export interface Destination {
  /** 0-based index of the page. */
  pageIndex: number;
  /** The page object, for writing new destinations to it. */
  pageRef: PDFRef;
  /** Distance of the target's top from the page's bottom, in points. */
  top: number;
}

/**
 * Reads the named destinations Chromium writes for link targets (`#id`), by name: each is
 * the exact page and position where that element was set. This is how the printer learns
 * on which page a heading or section landed, without searching the page's text.
 * @param document a PDF Chromium printed, opened with pdf-lib
 */
export function namedDestinations(document: PDFDocument): Map<string, Destination> {
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  const found = new Map<string, Destination>();
  const dests = document.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const array = document.context.lookup(value);
    if (!(array instanceof PDFArray)) continue;
    const target = array.get(0);
    const index = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (target === undefined || index === undefined) continue;
    const top = array.lookupMaybe(3, PDFNumber)?.asNumber() ?? 0;
    found.set(name.decodeText(), { pageIndex: index, pageRef: target as PDFRef, top });
  }
  return found;
}
