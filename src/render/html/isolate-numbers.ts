import { escapeHtml } from "./escape-html.ts";

/** A number with its sign, digits, separators and any percent or per-mille sign: +31.7%, −6,1 %, ‎−70.1%. */
const SIGNED_NUMBER = /\u200e?[+\-−±]?\d(?:[\d.,\u066b\u066c\u00a0\u202f]*\d)?(?:[\u00a0\u202f]?[%‰])?/g;

/**
 * Text as HTML with each number set left to right and isolated from its line (`<bdi dir="ltr">`),
 * so in right-to-left text a sign stays on the number's left and a percent on its right
 * (`+31.7%`, not `%31.7+`). Left-to-right text reads the same.
 * @param text plain text, escaped here
 */
export function isolateNumbers(text: string): string {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(SIGNED_NUMBER)) {
    html += `${escapeHtml(text.slice(last, match.index))}<bdi dir="ltr">${escapeHtml(match[0])}</bdi>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}
