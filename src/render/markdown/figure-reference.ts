import type { MarkdownIt, StateInline } from "markdown-it";
import { figureParts } from "../format/format-figure.ts";
import type { Figure } from "../../content/schema.ts";
import type { MarkdownEnv } from "./markdown-env.ts";
import { FIGURE_SHORTCODE_AT_START } from "../../content/shortcodes.ts";

/**
 * Lets prose state a key figure by id, so each number is written once, in the data.
 * The figure renders as its formatted value (e.g. 近1.2万人次) inside a `<data>` element
 * carrying the raw value, and the paragraph around it is recorded as the place that states it.
 */
export function figureReferencePlugin(md: MarkdownIt): void {
  md.inline.ruler.before("text", "figure_reference", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false;
    const match = FIGURE_SHORTCODE_AT_START.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push("figure_reference", "data", 0);
      token.meta = { id: match[1] };
    }
    state.pos += match[0].length;
    return true;
  });

  md.renderer.rules.figure_reference = (tokens, index, _options, rawEnv) => {
    const env = (rawEnv ?? {}) as MarkdownEnv;
    const id = String(tokens[index]?.meta?.id);
    const figure: Figure | undefined = env.figures?.get(id);
    // The loader checks every id before rendering; this guards direct use of the renderer.
    if (!figure) throw new Error(`Unknown figure "${id}"`);
    const { before, number, after } = figureParts(figure, env.language ?? "en", env.labels ?? {});
    const escape = md.utils.escapeHtml;
    return (
      `<data class="figure-ref" value="${figure.value}" data-figure="${escape(id)}">` +
      `${escape(before)}<span class="figure-ref__number">${escape(number)}</span>${escape(after)}</data>`
    );
  };
}
