import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ThemeFont } from "./theme-schema.ts";

const require = createRequire(import.meta.url);

/** Where a font package's files are, and the @font-face rules that use them. */
export interface FontFaces {
  /** @font-face rules pointing at `./files/…woff2`, relative to the stylesheet. */
  css: string;
  /** The package's `files` folder. */
  filesDir: string;
  /** The woff2 file names the rules use. */
  files: string[];
}

/**
 * Reads the @font-face rules an @fontsource package ships for the given weights and keeps
 * only the woff2 sources: every browser we serve reads woff2, and Chromium embeds these
 * static TrueType outlines in PDFs as real (not Type 3) fonts.
 * @param font the theme's font entry
 */
export function fontFaces(font: ThemeFont): FontFaces {
  const packageDir = path.dirname(require.resolve(`${font.package}/package.json`));
  const rules: string[] = [];
  for (const weight of font.weights) {
    const css = readFileSync(path.join(packageDir, `${weight}.css`), "utf8");
    rules.push(css.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ""));
  }
  const css = rules.join("\n");
  const files = [...new Set([...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((m) => m[1]!))];
  return { css, filesDir: path.join(packageDir, "files"), files };
}
