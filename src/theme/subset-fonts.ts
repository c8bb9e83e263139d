import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { formatUnicodeRange, type FontFace } from "./font-faces.ts";

/** Where subset fonts are kept between builds, keyed by source file and characters. */
export const FONT_CACHE_DIR = ".cache/fonts";

/** The web fonts of a site, cut down to the characters it uses. */
export interface SubsetFonts {
  /** @font-face rules pointing at `./files/<name>`, relative to the stylesheet. */
  css: string;
  /** The font files, named after their content so a changed subset gets a new URL. */
  files: Array<{ name: string; bytes: Buffer }>;
}

/**
 * Cuts every font slice down to the characters of `text` it covers, and drops slices that cover
 * none. Each rule's `unicode-range` lists exactly the characters kept, so a browser fetches a
 * slice only for a page that shows one of them, and any character the site does not use falls
 * through to the next font in the stack rather than to a missing glyph. The same input gives the
 * same bytes (HarfBuzz's subsetter is deterministic), and results are cached in `cacheDir`, so a
 * rebuild of unchanged content does no subsetting.
 * @param faces the slices, in the order their rules should appear
 * @param text every character the site shows, in any order
 * @param cacheDir where to keep subsets between builds
 */
export async function subsetFontFaces(faces: readonly FontFace[], text: Iterable<string>, cacheDir = FONT_CACHE_DIR): Promise<SubsetFonts> {
  const used = new Set<number>();
  for (const character of text) used.add(character.codePointAt(0)!);
  const rules: string[] = [];
  const files: SubsetFonts["files"] = [];
  mkdirSync(cacheDir, { recursive: true });
  for (const face of faces) {
    const codePoints = [...used].filter((cp) => face.ranges.some(([first, last]) => cp >= first && cp <= last)).sort((a, b) => a - b);
    if (codePoints.length === 0) continue;
    const source = readFileSync(face.file);
    const key = createHash("sha256").update(source).update(codePoints.join(",")).digest("hex").slice(0, 16);
    const cached = path.join(cacheDir, `${key}.woff2`);
    let bytes: Buffer;
    if (existsSync(cached)) bytes = readFileSync(cached);
    else {
      bytes = await subsetFont(source, String.fromCodePoint(...codePoints), { targetFormat: "woff2" });
      writeFileSync(cached, bytes);
    }
    const name = `${path.basename(face.file, ".woff2")}.${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}.woff2`;
    files.push({ name, bytes });
    rules.push(`@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-display: swap;
  font-weight: ${face.weight};
  src: url(./files/${name}) format('woff2');
  unicode-range: ${formatUnicodeRange(codePoints)};
}`);
  }
  return { css: rules.join("\n"), files };
}
