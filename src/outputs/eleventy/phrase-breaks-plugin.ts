import { insertPhraseBreaks } from "../../render/html/phrase-breaks.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * Breaks the titles, headings, labels and navigation of every Chinese (or Japanese) HTML page
 * at phrase boundaries, with BudouX at build time (see `src/render/html/phrase-breaks.ts`). A transform
 * rather than a filter, so that every template, partial and Markdown heading gets it, the print
 * edition (and so the PDF) included, without each one having to remember it.
 */
export function phraseBreaksPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("phrase-breaks", function (this: { page: { outputPath?: string | false } }, content: string) {
    const outputPath = this.page.outputPath;
    return typeof outputPath === "string" && outputPath.endsWith(".html") ? insertPhraseBreaks(content) : content;
  });
}
