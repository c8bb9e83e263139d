/** A run of text as pdf.js reads it: the text, where it starts (transform[4], transform[5]) and how wide it is. */
export interface TextRun {
  str: string;
  transform: number[];
  width?: number;
}

/**
 * The text a rectangle of a PDF page holds, as pdf.js read the page: the runs that start inside
 * it, line by line from the top, left to right. Text is placed by its baseline, which sits inside
 * a link's box a little above its bottom, so a point's tolerance is enough. Runs are joined as
 * they are set: a space only where the page leaves a gap, so Chinese, set glyph by glyph without
 * spaces, reads as written, and a contents entry's number, title and page come apart.
 * @param runs the page's text runs (`getTextContent().items`)
 * @param rect `[x1, y1, x2, y2]` in page coordinates, as an annotation's /Rect
 */
export function textWithin(runs: readonly TextRun[], rect: readonly number[]): string {
  const x = (run: TextRun) => run.transform[4]!;
  const y = (run: TextRun) => run.transform[5]!;
  const inside = runsWithin(runs, rect).sort((a, b) => (Math.abs(y(a) - y(b)) > 2 ? y(b) - y(a) : x(a) - x(b)));
  let text = "";
  inside.forEach((run, i) => {
    const previous = inside[i - 1];
    const sameLine = previous !== undefined && Math.abs(y(previous) - y(run)) <= 2;
    const gap = previous !== undefined && sameLine && x(run) > x(previous) + (previous.width ?? 0) + 1;
    const newLine = previous !== undefined && !sameLine && /[\p{Script=Latin}\d]$/u.test(text) && /^[\p{Script=Latin}\d]/u.test(run.str);
    text += (gap || newLine ? " " : "") + run.str;
  });
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The runs of text that start inside a rectangle of a PDF page, in pdf.js's order.
 * @param runs the page's text runs (`getTextContent().items`)
 * @param rect `[x1, y1, x2, y2]` in page coordinates
 */
export function runsWithin(runs: readonly TextRun[], rect: readonly number[]): TextRun[] {
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  return runs.filter((run) => {
    if (typeof run.str !== "string" || run.str === "") return false;
    const [x, y] = [run.transform[4]!, run.transform[5]!];
    return x >= x1 - 1 && x <= x2 + 1 && y >= y1 - 1 && y <= y2 + 1;
  });
}
