import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readPdfInfo, type PdfInfo } from "../pdf/read-pdf-info.ts";
import { pdfPlaceholders } from "../../render/format/pdf-placeholder.ts";
import { pdfUrl } from "../../content/paths/briefing-paths.ts";
import type { Project } from "../../content/settings/project.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** What the PDF files plugin is given. */
export interface PdfFilesPluginOptions {
  project: Project;
  /** The build prints the PDFs after this render: state their size and pages as placeholders. */
  pdfsToFollow?: boolean;
}

/**
 * Offers templates `pdfs`: for each briefing, its PDF's URL, exact size and page count,
 * keyed by slug. When the build is about to print the PDFs (`pdfsToFollow`),
 * size and pages are placeholders it fills in after printing, so the site is rendered once;
 * otherwise they are read from the PDFs already in the output folder, if any.
 */
export function pdfFilesPlugin(eleventyConfig: EleventyConfig, options: PdfFilesPluginOptions): void {
  const { briefingsDir } = options.project.settings;
  let outputDir: string | undefined;
  eleventyConfig.on("eleventy.before", (context) => {
    outputDir = (context as { directories?: { output?: string } }).directories?.output;
  });
  eleventyConfig.addGlobalData("pdfs", async () => {
    const pdfs: Record<string, PdfInfo> = {};
    if (options.pdfsToFollow) {
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
