import type { MarkdownIt, StateBlock } from "markdown-it";
import { renderChartFigure } from "../charts/render-chart-figure.ts";
import type { MarkdownEnv } from "./markdown-env.ts";
import { CHART_LINE } from "../../content/shortcodes.ts";

/**
 * Lets prose place a chart from the briefing's data where the text discusses it, as a
 * block of its own: `{% chart "sports-events-by-category" %}` on a line by itself becomes
 * the chart's `<figure>`. Placements are recorded in `env.chartPlacements`, so the renderer
 * can check that every chart the loader found placed was drawn.
 */
export function chartBlockPlugin(md: MarkdownIt): void {
  md.block.ruler.before(
    "paragraph",
    "chart_block",
    (state: StateBlock, startLine: number, _endLine: number, silent: boolean) => {
      // Four spaces of indentation make a code block, as everywhere in Markdown.
      if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
      const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
      const match = CHART_LINE.exec(line);
      if (!match) return false;
      if (silent) return true;
      const token = state.push("chart_block", "figure", 0);
      token.block = true;
      token.map = [startLine, startLine + 1];
      token.meta = { id: match[1] };
      state.line = startLine + 1;
      return true;
    },
    { alt: ["paragraph", "reference", "blockquote", "list"] },
  );

  md.core.ruler.push("chart_placements", (state) => {
    const env = state.env as MarkdownEnv;
    for (const token of state.tokens) {
      if (token.type === "chart_block") (env.chartPlacements ??= []).push(String(token.meta?.id));
    }
  });

  md.renderer.rules.chart_block = (tokens, index, _options, rawEnv) => {
    const env = (rawEnv ?? {}) as MarkdownEnv;
    const id = String(tokens[index]?.meta?.id);
    const chart = env.charts?.get(id);
    // The loader checks every id before rendering; this guards direct use of the renderer.
    if (!chart) throw new Error(`Unknown chart "${id}"`);
    return renderChartFigure(chart, { locale: env.language ?? "en", words: env.labels ?? {}, figuresUrl: env.figuresUrl ?? "figures/", source: env.source });
  };
}
