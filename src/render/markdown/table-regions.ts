import type { MarkdownIt, Token } from "markdown-it";
import type { MarkdownEnv } from "./markdown-env.ts";
import { wordOf } from "../../content/interface-words.ts";

/** A paragraph that captions the table right after or before it: `Table: Throughput by cargo`. */
const CAPTION = /^Table:\s+(\S.*)$/s;

/**
 * Wraps every Markdown table in a scroll region that keyboard users can focus and scroll
 * (`<div class="table-scroll" role="region" tabindex="0">`), so a wide table scrolls
 * inside the text column and never widens the page on a phone. A paragraph
 * `Table: …` directly before or after the table becomes its `<caption>` and names the
 * region; a table without one is named "Table 1", "表格 1", … in the page's language.
 * Column alignment (`| ---: |`) becomes an `align-right` or `align-center` class.
 * The region carries, in `data-scroll-cue`, the words site.css shows only while the table is
 * wider than its column ("Scroll sideways…"): an attribute, not text, so feed readers and
 * search, which get the same HTML without the styles, never show it.
 */
export function tableRegionsPlugin(md: MarkdownIt): void {
  md.core.ruler.push("table_captions", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== "table_open") continue;
      const close = tokens.findIndex((token, n) => n > i && token.type === "table_close" && token.level === tokens[i]!.level);
      // Before the table: paragraph_open, inline, paragraph_close end at i - 1.
      const before = captionAt(tokens, i - 3);
      const after = before ? undefined : captionAt(tokens, close + 1);
      const caption = before ?? after;
      if (!caption) continue;
      tokens[i]!.meta = { ...(tokens[i]!.meta as object), caption: caption.inline };
      if (before) {
        tokens.splice(i - 3, 3);
        i -= 3;
      } else tokens.splice(close + 1, 3);
    }
  });

  md.core.ruler.push("table_numbers", (state) => {
    let tableCount = 0;
    for (const token of state.tokens) {
      if (token.type === "table_open") token.meta = { ...(token.meta as object), number: ++tableCount };
      // markdown-it aligns columns with style="text-align:…", which the pages' Content-Security-Policy
      // would block; a class does the same.
      const align = /^text-align:(left|right|center)$/.exec(String(token.attrGet("style") ?? ""));
      if ((token.type === "th_open" || token.type === "td_open") && align) {
        token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
        token.attrJoin("class", `align-${align[1]}`);
      }
    }
  });

  md.renderer.rules.table_open = (tokens, index, options, rawEnv, self) => {
    const env = (rawEnv ?? {}) as MarkdownEnv;
    const meta = (tokens[index]!.meta ?? {}) as { caption?: Token; number?: number };
    const id = `${env.anchorPrefix ?? "block"}-table${meta.number ?? 1}`;
    const escape = md.utils.escapeHtml;
    const name = meta.caption
      ? `aria-labelledby="${id}-caption"`
      : `aria-label="${escape(`${env.labels?.table ?? "Table"} ${meta.number ?? 1}`)}"`;
    const caption = meta.caption ? `<caption id="${id}-caption">${self.renderInline(meta.caption.children ?? [], options, env)}</caption>\n` : "";
    const cue = escape(wordOf(env.labels ?? {}, "tableScrolls", "Scroll sideways to see every column"));
    return `<div class="table-scroll" role="region" tabindex="0" ${name} data-scroll-cue="${cue}"><table id="${id}">\n${caption}`;
  };
  md.renderer.rules.table_close = () => "</table></div>\n";
}

/** The `Table: …` paragraph whose opening token is at `index`, with its text stripped of the prefix. */
function captionAt(tokens: Token[], index: number): { inline: Token } | undefined {
  const open = tokens[index];
  const inline = tokens[index + 1];
  if (open?.type !== "paragraph_open" || inline?.type !== "inline" || tokens[index + 2]?.type !== "paragraph_close") return undefined;
  const match = CAPTION.exec(inline.content);
  const first = inline.children?.[0];
  if (!match || first?.type !== "text" || !first.content.startsWith("Table:")) return undefined;
  first.content = first.content.replace(/^Table:\s+/, "");
  return { inline };
}
