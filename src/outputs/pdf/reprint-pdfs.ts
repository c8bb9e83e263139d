import { existsSync } from "node:fs";
import path from "node:path";
import { UserFacingError } from "../../base/user-facing-error.ts";
import { displayPath } from "../../base/display-path.ts";
import { pdfUrl } from "../../content/paths/briefing-paths.ts";
import { readPdfInfo } from "./read-pdf-info.ts";
import { printBriefings, printEditionsIn, type PrintBriefingsOptions, type PrintedFile } from "./print-briefings.ts";

/**
 * `npm run pdf`: prints every briefing's PDF (each edition's) again from a site already built in `outputDir`,
 * in place, without rebuilding the site. The pages state each PDF's size and page count as
 * they were at the last build, so when a PDF comes out different it says to run the build.
 * @param outputDir the built site, e.g. output/
 * @param options the site's address, the browser and the rest of how to print
 */
export async function reprintPdfs(outputDir: string, options: PrintBriefingsOptions): Promise<PrintedFile[]> {
  const dir = path.resolve(outputDir);
  const keys = existsSync(dir) ? printEditionsIn(dir) : [];
  if (keys.length === 0) {
    throw new UserFacingError(
      `There is no built site with print editions in ${displayPath(dir)}/ to print from (each briefing's <briefing>/print/index.html). Run \`npm run build\`, which builds the site and its PDFs.`,
    );
  }
  const before = new Map<string, string>();
  for (const key of keys) {
    const file = path.join(dir, pdfUrl(key));
    if (existsSync(file)) {
      const info = await readPdfInfo(file, pdfUrl(key));
      before.set(key, `${info.bytes}/${info.pages}`);
    }
  }
  const printed = await printBriefings(dir, keys, options);
  const changed = printed.filter((pdf) => before.get(pdf.key) !== `${pdf.bytes}/${pdf.pages}`).map((pdf) => pdf.key);
  if (changed.length > 0 && options.log !== false) {
    (options.log ?? console.log)(`The site's pages still state the previous size of ${changed.join(", ")}: run \`npm run build\` to update them.`);
  }
  return printed;
}
