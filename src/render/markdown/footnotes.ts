import type { MarkdownIt } from "markdown-it";
import footnotePlugin from "markdown-it-footnote";
import type { MarkdownEnv } from "./markdown-env.ts";
import { wordOf } from "../../content/interface-words.ts";

/**
 * Footnotes (`text[^label]` and `[^label]: note`), listed at the end of the section under
 * the language's "Notes" heading. Their ids start with the section's anchor prefix, so
 * they stay unique when one page shows several sections (the print edition shows all).
 */
export function footnotesPlugin(md: MarkdownIt): void {
  md.use(footnotePlugin);
  const rules = md.renderer.rules;
  const escape = md.utils.escapeHtml;

  rules.footnote_anchor_name = (tokens, index, _options, rawEnv) => {
    const env = (rawEnv ?? {}) as MarkdownEnv;
    return `-${env.anchorPrefix ?? "block"}-${Number(tokens[index]!.meta?.id) + 1}`;
  };
  // A bare superscript number: the brackets of the plugin's default read as a citation.
  rules.footnote_caption = (tokens, index) => {
    const { id, subId } = tokens[index]!.meta as { id: number; subId: number };
    return `${id + 1}${subId > 0 ? `:${subId}` : ""}`;
  };
  rules.footnote_block_open = (_tokens, _index, _options, rawEnv) => {
    const env = (rawEnv ?? {}) as MarkdownEnv;
    return `<div class="footnotes"><p class="footnotes__title">${escape(wordOf(env.labels ?? {}, "footnotes", "Notes"))}</p>\n<ol class="footnotes__list">\n`;
  };
  rules.footnote_block_close = () => "</ol>\n</div>\n";
  rules.footnote_anchor = (tokens, index, options, rawEnv, self) => {
    const env = (rawEnv ?? {}) as MarkdownEnv;
    let id = self.rules.footnote_anchor_name!(tokens, index, options, env, self);
    const subId = Number(tokens[index]!.meta?.subId);
    if (subId > 0) id += `:${subId}`;
    // ↑ (back up to the text), not ↩: no bundled font has ↩, so a system font drew it (Type 3 in
    // the PDF); the Latin fonts have ↑, and every script's stack falls back to them.
    // A no-break space: the arrow never ends a paragraph on a line of its own.
    return `\u00a0<a href="#fnref${id}" class="footnote-backref" aria-label="${escape(wordOf(env.labels ?? {}, "footnoteBack", "Back to the text"))}">\u2191</a>`;
  };
}
