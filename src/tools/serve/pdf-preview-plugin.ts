import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { briefingsEdited } from "./briefings-edited.ts";
import type { PdfPreview } from "./pdf-preview.ts";
import type { Project } from "../../content/settings/project.ts";
import type { EleventyConfig } from "../../outputs/eleventy/eleventy-config.ts";

/**
 * `npm run serve` only: after each rebuild, re-prints the PDF of the briefing whose files were
 * saved (every briefing's after the first build, or after a template, style or settings change),
 * debounced and with one Chromium kept open (src/tools/serve/pdf-preview.ts). The PDF is written
 * where the build publishes it, so the preview's "Download PDF" link offers it.
 *
 * Pages state the PDF's size, so once a PDF is written the pages must be rendered again:
 * the plugin touches a file of its own that Eleventy watches, and the rebuild that causes is
 * recognised by its changed files and prints nothing. `BRIEFING_PREVIEW_PDF=off` (RunOptions.previewPdf)
 * turns it off.
 */
export function pdfPreviewPlugin(eleventyConfig: EleventyConfig, project: Project): void {
  if (!project.run.previewPdf) return;
  const { briefingsDir } = project.settings;
  // One file per process, so two previews running side by side do not wake each other; outside
  // the project, because Eleventy's watcher skips what .gitignore names (such as .cache/).
  const stamp = path.join(tmpdir(), `briefing-preview-${process.pid}.txt`);
  eleventyConfig.addWatchTarget(stamp);

  let preview: PdfPreview | undefined;
  let changed: string[] | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (queue) => {
    changed = Array.isArray(queue) ? queue.map(String) : [];
  });
  eleventyConfig.on("eleventy.after", async (context) => {
    const { runMode, directories } = context as { runMode?: string; directories?: { output?: string } };
    if (runMode !== "serve" || !directories?.output) return;
    const files = changed;
    changed = [];
    if (files && files.length > 0 && files.every((file) => path.resolve(file) === stamp)) return;
    if (!preview) {
      // Loaded here, not at the top: a build never previews, and printing's modules (Puppeteer,
      // pdf-lib) are a fifth of its start-up.
      const { createPdfPreview } = await import("./pdf-preview.ts");
      preview = createPdfPreview({
        siteDir: directories.output,
        siteUrl: project.settings.site.url,
        browser: project.run.browser,
        sourceDateEpoch: project.run.sourceDateEpoch,
        onPrinted: (keys) => {
          writeFileSync(stamp, `${keys.join("\n")}\n`);
        },
      });
      // Ctrl-C: let a print under way finish writing, close Chromium, then end.
      const stop = async () => {
        await preview?.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      // However the process ends (Puppeteer's own Ctrl-C handler exits at once), leave no Chromium behind.
      process.once("exit", () => {
        preview?.kill();
        rmSync(stamp, { force: true });
      });
    }
    // Not awaited: Eleventy serves the rebuilt pages at once, and the PDF follows.
    preview.schedule(files === undefined ? "all" : briefingsEdited(files, briefingsDir));
  });
}
