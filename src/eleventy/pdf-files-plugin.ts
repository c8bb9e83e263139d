import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readPdfInfo, type PdfInfo } from "../pdf/read-pdf-info.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Where a briefing's PDF is published, relative to the site root: `/<slug>/<slug>.pdf`. */
export function pdfUrl(slug: string): string {
  return `/${slug}/${slug}.pdf`;
}

/**
 * Offers templates `pdfs`: for each briefing whose PDF already sits in the output folder,
 * its URL, exact size and page count, keyed by slug. The build prints the PDFs from a first
 * pass of the site and then renders it again, so pages and feeds can state exact sizes.
 */
export function pdfFilesPlugin(eleventyConfig: EleventyConfig): void {
  let outputDir: string | undefined;
  eleventyConfig.on("eleventy.before", (context) => {
    outputDir = (context as { directories?: { output?: string } }).directories?.output;
  });
  eleventyConfig.addGlobalData("pdfs", async () => {
    const pdfs: Record<string, PdfInfo> = {};
    if (!outputDir || !existsSync(outputDir)) return pdfs;
    for (const slug of readdirSync(outputDir)) {
      const url = pdfUrl(slug);
      const file = path.join(outputDir, url);
      if (existsSync(file)) pdfs[slug] = await readPdfInfo(file, url);
    }
    return pdfs;
  });
}
