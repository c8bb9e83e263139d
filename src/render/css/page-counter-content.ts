import { cssString } from "./css-string.ts";

/**
 * Turns a label such as "第 {page} 页 / 共 {pages} 页" into the CSS `content` value that
 * prints it in a page margin: `"第 " counter(page) " 页 / 共 " counter(pages) " 页"`.
 * @param label the words, with `{page}` and `{pages}` where the numbers go
 */
export function pageCounterContent(label: string): string {
  return String(label)
    .split(/(\{pages?\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part)))
    .join(" ");
}
