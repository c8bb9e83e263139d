import { existsSync } from "node:fs";
import path from "node:path";
import { readPdfInfo, type PdfInfo } from "../pdf/read-pdf-info.ts";
import { pdfPlaceholders } from "../../render/format/pdf-placeholder.ts";
import { pdfKey, pdfUrl } from "../../content/paths/briefing-paths.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { briefingsOf, everyEdition } from "./briefings-plugin.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** What the PDF files plugin is given. */
export interface PdfFilesPluginOptions {
  /** The build prints the PDFs after this render: state their size and pages as placeholders. */
  pdfsToFollow?: boolean;
}

/**
 * Offers templates `pdfs`: for each edition of each briefing, its PDF's URL, exact size and page
 * count, keyed by pdfKey (`<slug>`, `<slug>/<edition>`), and the filter `pdfOf` (a briefing or
 * edition → its PDF, if any), so an edition's pages, feed entries and JSON-LD offer its own
 * PDF. When the build is about to print the PDFs (`pdfsToFollow`), size and pages are
 * placeholders it fills in after printing, so the site is rendered once; otherwise they are read
 * from the PDFs already in the output folder, if any.
 */
export function pdfFilesPlugin(eleventyConfig: EleventyConfig, options: PdfFilesPluginOptions): void {
  let outputDir: string | undefined;
  eleventyConfig.on("eleventy.before", (context) => {
    outputDir = (context as { directories?: { output?: string } }).directories?.output;
  });
  eleventyConfig.addGlobalData("pdfs", async () => {
    const pdfs: Record<string, PdfInfo> = {};
    const keys = (await briefingsOf(eleventyConfig)).flatMap(everyEdition).map(pdfKey).sort();
    for (const key of keys) {
      if (options.pdfsToFollow) {
        const { bytes, pages } = pdfPlaceholders(key);
        // Strings where numbers go: templates print them as they are and formatBytes knows them.
        pdfs[key] = { url: pdfUrl(key), bytes: bytes as unknown as number, pages: pages as unknown as number };
        continue;
      }
      const file = outputDir && path.join(outputDir, pdfUrl(key));
      if (file && existsSync(file)) pdfs[key] = await readPdfInfo(file, pdfUrl(key));
    }
    return pdfs;
  });
  eleventyConfig.addFilter("pdfOf", (briefing: Pick<RenderedBriefing, "slug" | "edition">, pdfs: Record<string, PdfInfo> | undefined) => pdfs?.[pdfKey(briefing)]);
}
