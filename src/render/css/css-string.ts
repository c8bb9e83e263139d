/**
 * A text as a quoted CSS string, for `content:` in stylesheets written by templates
 * (the PDF's running header and page numbers). Quotes, backslashes and line breaks are
 * escaped so a title can never end the string early.
 * @param text the text to quote
 */
export function cssString(text: string): string {
  return `"${String(text).replace(/[\\"]/g, "\\$&").replace(/[\n\r\f]/g, "\\A ").replace(/</g, "\\3C ")}"`;
}
