import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The print edition's page margins (src/site/briefing/print-page-css.njk), in millimetres. */
export const PDF_MARGIN_MM = { top: 22, bottom: 20 } as const;

/**
 * The blank gap that counts as empty paper rather than spacing, in millimetres: longer than the
 * space above a heading (about 10 mm) and below a chart or table, so a full page of prose,
 * headings and figures measures close to 0 and only paper a reader sees as unused counts.
 */
export const EMPTY_GAP_MM = 14;

/** How little ink a pixel row may hold and still count as blank (0 black … 255 white). */
const INK_BELOW = 235;
const DPI = 36;

/**
 * The share of each page's text block (the paper inside the top and bottom margins, where the
 * running header and footer are not) left empty: the rows in gaps taller than EMPTY_GAP_MM,
 * over the block's height. Rendered by poppler's pdftoppm in grey at 36 dpi.
 * @param file a PDF
 * @returns one fraction per page, 0 (full) … 1 (empty)
 */
export function blankFractions(file: string): number[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pdf-blank-"));
  try {
    execFileSync("pdftoppm", ["-gray", "-r", String(DPI), file, path.join(dir, "page")]);
    return readdirSync(dir)
      .filter((name) => name.endsWith(".pgm"))
      .sort((a, b) => pageNumber(a) - pageNumber(b))
      .map((name) => blankFractionOfPage(readPgm(path.join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether each page has a rule across the text width under its running header: a pixel row in
 * the top margin inked across at least nine tenths of the text column (20 mm in from each edge).
 * Rendered at 150 dpi, so a half-point hairline in a light grey still shows.
 * @param file a PDF
 */
export function headerRules(file: string): boolean[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pdf-rule-"));
  const dpi = 150;
  const pxPerMm = dpi / 25.4;
  try {
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-H", String(Math.round((PDF_MARGIN_MM.top + 2) * pxPerMm)), file, path.join(dir, "page")]);
    return readdirSync(dir)
      .filter((name) => name.endsWith(".pgm"))
      .sort((a, b) => pageNumber(a) - pageNumber(b))
      .map((name) => {
        const image = readPgm(path.join(dir, name));
        const [left, right] = [Math.round(20 * pxPerMm), image.width - Math.round(20 * pxPerMm)];
        for (let y = 0; y < image.height; y++) {
          const row = image.pixels.subarray(y * image.width + left, y * image.width + right);
          if (row.filter((value) => value < INK_BELOW).length >= 0.9 * row.length) return true;
        }
        return false;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageNumber(name: string): number {
  return Number(/-(\d+)\.pgm$/.exec(name)?.[1] ?? 0);
}

interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Reads a binary (P5) PGM, as pdftoppm -gray writes it. */
function readPgm(file: string): GreyImage {
  const bytes = readFileSync(file);
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    let field = "";
    while (!/\s/.test(String.fromCharCode(bytes[at]!))) field += String.fromCharCode(bytes[at++]!);
    fields.push(field);
  }
  if (fields[0] !== "P5") throw new Error(`${file} is not a binary PGM`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: bytes.subarray(at + 1, at + 1 + width * height) };
}

function blankFractionOfPage(image: GreyImage): number {
  const pxPerMm = DPI / 25.4;
  const top = Math.round(PDF_MARGIN_MM.top * pxPerMm);
  const bottom = image.height - Math.round(PDF_MARGIN_MM.bottom * pxPerMm);
  const minGap = EMPTY_GAP_MM * pxPerMm;
  let empty = 0;
  let run = 0;
  for (let y = top; y < bottom; y++) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    if (row.every((value) => value >= INK_BELOW)) run++;
    else {
      if (run > minGap) empty += run;
      run = 0;
    }
  }
  if (run > minGap) empty += run;
  return empty / (bottom - top);
}
