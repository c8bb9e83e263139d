import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readPdfInfo, type PdfInfo } from "../pdf/read-pdf-info.ts";
import { pdfPlaceholders } from "../../render/format/pdf-placeholder.ts";
import { DEFAULT_BRIEFINGS_DIR } from "../../base/project-paths.ts";
import { pdfUrl } from "../../content/paths/briefing-paths.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Set by the build while it renders a site whose PDFs it prints afterwards. */
export const PDF_PLACEHOLDERS_ENV = "BRIEFING_PDF_PLACEHOLDERS";

/**
 * Offers templates `pdfs`: for each briefing, its PDF's URL, exact size and page count,
 * keyed by slug. When the build is about to print the PDFs (`BRIEFING_PDF_PLACEHOLDERS`),
 * size and pages are placeholders it fills in after printing, so the site is rendered once;
 * otherwise they are read from the PDFs already in the output folder, if any.
 */
export function pdfFilesPlugin(eleventyConfig: EleventyConfig): void {
  let outputDir: string | undefined;
  eleventyConfig.on("eleventy.before", (context) => {
    outputDir = (context as { directories?: { output?: string } }).directories?.output;
  });
  eleventyConfig.addGlobalData("pdfs", async () => {
    const pdfs: Record<string, PdfInfo> = {};
    if (process.env[PDF_PLACEHOLDERS_ENV]) {
      const briefingsDir = process.env.BRIEFINGS_DIR ?? DEFAULT_BRIEFINGS_DIR;
      for (const slug of readdirSync(briefingsDir).sort()) {
        if (!existsSync(path.join(briefingsDir, slug, "briefing.yaml"))) continue;
        const { bytes, pages } = pdfPlaceholders(slug);
        // Strings where numbers go: templates print them as they are and formatBytes knows them.
        pdfs[slug] = { url: pdfUrl(slug), bytes: bytes as unknown as number, pages: pages as unknown as number };
      }
      return pdfs;
    }
    if (!outputDir || !existsSync(outputDir)) return pdfs;
    for (const slug of readdirSync(outputDir)) {
      const url = pdfUrl(slug);
      const file = path.join(outputDir, url);
      if (existsSync(file)) pdfs[slug] = await readPdfInfo(file, url);
    }
    return pdfs;
  });
}
