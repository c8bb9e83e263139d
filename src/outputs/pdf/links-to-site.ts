import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from "pdf-lib";
import { privateHostOf } from "../../base/private-address.ts";
import type { Page } from "puppeteer-core";

/**
 * Points every link of the loaded print edition that leads to the print server somewhere
 * other than this same document at the same path on the published site. Links in prose are
 * already written against the site (see rootLinksToSite); this catches any other template
 * link, so no PDF ever carries the build's loopback address, whose port changes every run.
 * @param page the loaded print edition
 * @param serverUrl the print server's base URL, e.g. `http://127.0.0.1:41234/`
 * @param siteUrl the published site's base URL, ending in "/"
 * @returns how many links were rewritten
 */
export async function pointLinksAtSite(page: Page, serverUrl: string, siteUrl: string): Promise<number> {
  return page.evaluate(
    (server: string, site: string) => {
      let rewritten = 0;
      const here = new URL(location.href);
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
        const url = new URL(link.href);
        if (!url.href.startsWith(server)) continue;
        if (url.pathname === here.pathname && url.search === here.search && url.hash) continue;
        link.href = site + url.href.slice(server.length);
        rewritten += 1;
      }
      return rewritten;
    },
    serverUrl,
    siteUrl,
  );
}

/**
 * The URIs of the PDF's link annotations that point at this machine.
 * @param document a printed PDF, opened with pdf-lib
 */
export function loopbackLinks(document: PDFDocument): string[] {
  const found: string[] = [];
  for (const page of document.getPages()) {
    const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (const item of annotations?.asArray() ?? []) {
      const annotation = document.context.lookup(item);
      if (!(annotation instanceof PDFDict)) continue;
      const action = annotation.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookup(PDFName.of("URI"));
      const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
      // The gate's rule (src/base/private-address.ts): this machine or a private network.
      if (text && privateHostOf(text) !== undefined) found.push(text);
    }
  }
  return found;
}
