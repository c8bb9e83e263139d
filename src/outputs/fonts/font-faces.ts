import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ThemeFont } from "../../content/settings/theme-schema.ts";

const require = createRequire(import.meta.url);

/** One @font-face of an @fontsource package: a slice of a font for one range of characters. */
export interface FontFace {
  family: string;
  weight: number;
  style: string;
  /** The woff2 file in the package. */
  file: string;
  /** The code points the slice covers, as inclusive [first, last] pairs. */
  ranges: Array<[number, number]>;
}

/**
 * Reads the @font-face rules an @fontsource package ships for a font's weights. Each rule is one
 * slice of the font (a file and its `unicode-range`); only the woff2 sources are kept. The
 * packages the themes name ship static TrueType outlines, which Chromium embeds in PDFs as real
 * (not Type 3) fonts.
 * @param font the theme's font entry
 */
export function fontFaces(font: ThemeFont): FontFace[] {
  const packageDir = path.dirname(require.resolve(`${font.package}/package.json`));
  const faces: FontFace[] = [];
  for (const weight of font.weights) {
    const css = readFileSync(path.join(packageDir, `${weight}.css`), "utf8");
    for (const [, rule] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule!)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(rule!)?.[1];
      if (!file) continue;
      faces.push({
        family: font.family,
        weight,
        style: /font-style:\s*(\w+)/.exec(rule!)?.[1] ?? "normal",
        file: path.join(packageDir, "files", file),
        ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
      });
    }
  }
  return faces;
}

/**
 * Reads a CSS `unicode-range` value ("U+0460-052F,U+20B4,U+4??") into [first, last] pairs.
 * @param value the value after `unicode-range:`
 */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(",").map((part): [number, number] => {
    const spec = part.trim().replace(/^U\+/i, "");
    if (spec.includes("?")) return [parseInt(spec.replace(/\?/g, "0"), 16), parseInt(spec.replace(/\?/g, "F"), 16)];
    const [first, last = first] = spec.split("-");
    return [parseInt(first!, 16), parseInt(last!, 16)];
  });
}

/**
 * Writes code points as a compact CSS `unicode-range` value, runs of neighbours as ranges.
 * @param codePoints sorted, distinct code points
 */
export function formatUnicodeRange(codePoints: readonly number[]): string {
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < codePoints.length; ) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j]! + 1) j++;
    parts.push(j === i ? `U+${hex(codePoints[i]!)}` : `U+${hex(codePoints[i]!)}-${hex(codePoints[j]!)}`);
    i = j + 1;
  }
  return parts.join(",");
}
