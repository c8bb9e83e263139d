import { markdown } from "./create-markdown.ts";

/**
 * Renders a short Markdown string, such as a summary, without a wrapping paragraph.
 * @param text Markdown source
 */
export function markdownInline(text: string): string {
  return markdown.renderInline(text ?? "");
}
