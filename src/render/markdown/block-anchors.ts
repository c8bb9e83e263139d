import type { MarkdownIt } from "markdown-it";
import type { MarkdownEnv } from "./markdown-env.ts";

/**
 * Gives every paragraph, list item and heading a stable id (`<prefix>-p3`), so any
 * statement in a briefing can be linked to, and records which block states each figure (a table
 * cell's figure, the table's region).
 * (Pages that show a section under a heading of their own shift its headings afterwards,
 * see shiftHeadings.)
 */
export function blockAnchorsPlugin(md: MarkdownIt): void {
  md.core.ruler.push("block_anchors", (state) => {
    const env = state.env as MarkdownEnv;
    const prefix = env.anchorPrefix ?? "block";
    const counts = { p: 0, li: 0, h: 0, table: 0 };
    const open: string[] = [];
    for (const token of state.tokens) {
      const kind =
        token.type === "paragraph_open" && !token.hidden ? "p"
        : token.type === "list_item_open" ? "li"
        : token.type === "heading_open" ? "h"
        : undefined;
      if (kind) {
        counts[kind] += 1;
        const anchor = `${prefix}-${kind}${counts[kind]}`;
        token.attrSet("id", anchor);
        open.push(anchor);
      }
      // A figure stated only in a table cell links to the table's region (`<prefix>-table2`, the id
      // table-regions.ts gives it), not to the bare prefix, which no element carries.
      if (token.type === "table_open") open.push(`${prefix}-table${++counts.table}`);
      if ((token.type === "paragraph_close" && !token.hidden) || token.type === "list_item_close" || token.type === "heading_close" || token.type === "table_close") {
        open.pop();
      }
      if (token.type === "inline" && token.children) {
        const anchor = open.at(-1) ?? prefix;
        for (const child of token.children) {
          if (child.type === "figure_reference") {
            env.statements ??= [];
            env.statements.push({ figureId: String(child.meta?.id), anchor });
          }
        }
      }
    }
  });
}
