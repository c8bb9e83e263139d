import type { Token } from "markdown-it";
import { ContentError, type ContentProblem } from "../../base/content-error.ts";
import type { Briefing, Section } from "../../content/briefing.ts";
import { interfaceWordsFor, type Labels } from "../../content/interface-words.ts";
import { CHART_LINE, FIGURE_SHORTCODE } from "../../content/shortcodes.ts";
import { figuresUrl } from "../../content/paths/briefing-paths.ts";
import { formatCitation } from "../format/format-citation.ts";
import { shiftHeadings } from "../html/shift-headings.ts";
import { markdown } from "../markdown/create-markdown.ts";
import type { FigureStatement, MarkdownEnv } from "../markdown/markdown-env.ts";
import type { RenderedBriefing, RenderedSection, StatedFigure } from "./rendered-briefing.ts";

/**
 * The deepest lists and blockquotes may nest inside each other. markdown-it silently drops
 * everything below its own limit, so prose deeper than this is refused instead.
 */
export const MAX_NESTING_DEPTH = 20;

/**
 * What each briefing was last rendered with, and the result. A briefing object stands for the
 * exact content it was loaded from (the loader makes a new one when a file changes), and the
 * words object for the exact text of the labels file (readInterfaceWords), so the pair is the
 * whole input: `npm run serve` renders a briefing again only when its files or its words changed.
 */
const rendered = new WeakMap<Briefing, { words: Labels; briefing: RenderedBriefing }>();

/**
 * Renders every briefing's prose, and its editions' (see Briefing.editions), in its language's interface words. Mistakes only rendering
 * finds (prose nested too deep, a shortcode written inside code) are reported together, for
 * every briefing, in one ContentError naming each file and line, before anything is published.
 * @param briefings the loaded briefings
 * @param labels every language's interface words (`_data/labels/`)
 * @throws ContentError listing every problem
 */
export function renderBriefings(briefings: readonly Briefing[], labels: Record<string, Labels>): RenderedBriefing[] {
  const problems: ContentProblem[] = [];
  const out: RenderedBriefing[] = [];
  for (const briefing of briefings) {
    try {
      const main = renderBriefing(briefing, interfaceWordsFor(labels, briefing.language));
      const editions = briefing.editions.map((edition) => renderBriefing(edition, interfaceWordsFor(labels, edition.language)));
      const alternates = [main, ...editions].map(({ language, url }) => ({ language, url }));
      out.push({ ...main, alternates, editions: editions.map((edition) => ({ ...edition, alternates })) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return out;
}

/**
 * Renders one briefing's prose once per section (the nested form shifts the headings of the
 * same HTML, see shiftHeadings) and finds the paragraph that states each key figure.
 * @param briefing the loaded briefing
 * @param words the interface words of its language
 * @throws ContentError for prose that cannot be rendered as written
 */
export function renderBriefing(briefing: Briefing, words: Labels): RenderedBriefing {
  const known = rendered.get(briefing);
  if (known && known.words === words) return known.briefing;
  const problems: ContentProblem[] = [];
  const figures = new Map(briefing.figures.map((figure) => [figure.id, figure]));
  const charts = new Map(briefing.charts.map((chart) => [chart.id, chart]));
  const source = formatCitation(briefing.source, briefing.language, briefing.timeZone);
  const statements: Array<FigureStatement & { sectionId: string }> = [];
  const sections: RenderedSection[] = [];
  for (const section of briefing.sections) {
    const env: MarkdownEnv = {
      language: briefing.language,
      figures,
      anchorPrefix: section.id,
      charts,
      labels: words,
      figuresUrl: figuresUrl(briefing.url),
      source,
    };
    const tokens = markdown.parse(section.body, env);
    const tooDeep = findTooDeepNesting(tokens);
    if (tooDeep !== undefined) {
      problems.push({
        file: section.sourceFile,
        line: section.bodyLine + tooDeep,
        message: `lists and blockquotes nest more than ${MAX_NESTING_DEPTH} deep here (the limit, beyond which text would be lost); flatten the nesting`,
      });
      continue;
    }
    const html = markdown.renderer.render(tokens, markdown.options, env);
    sections.push({ ...section, html, nestedHtml: shiftHeadings(html, 1) });
    statements.push(...(env.statements ?? []).map((statement) => ({ ...statement, sectionId: section.id })));
    for (const chart of briefing.charts.filter((c) => c.sectionId === section.id && !(env.chartPlacements ?? []).includes(c.id))) {
      problems.push(shownAsCode([section], CHART_LINE, chart.id, `{% chart "${chart.id}" %}`));
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const stated = briefing.figures.map((figure): StatedFigure | ContentProblem => {
    const statement = statements.find((s) => s.figureId === figure.id);
    if (!statement) return shownAsCode(briefing.sections, FIGURE_SHORTCODE, figure.id, `{% figure "${figure.id}" %}`);
    const section = sections.find((s) => s.id === statement.sectionId)!;
    return { ...figure, sectionId: section.id, anchor: statement.anchor, url: `${section.url}#${statement.anchor}` };
  });
  const unstated = stated.filter((entry): entry is ContentProblem => "message" in entry);
  if (unstated.length > 0) throw new ContentError(unstated);

  // Editions and alternates are filled in by renderBriefings, which sees every edition.
  const result: RenderedBriefing = { ...briefing, sections, figures: stated as StatedFigure[], editions: [], alternates: [{ language: briefing.language, url: briefing.url }] };
  rendered.set(briefing, { words, briefing: result });
  return result;
}

/**
 * The problem with a shortcode the loader found in the prose but the renderer did not: it is
 * written inside code (a code span or an indented or fenced block), where Markdown shows it as
 * written. Located at the first line that names it.
 */
function shownAsCode(sections: readonly Section[], pattern: RegExp, id: string, shortcode: string): ContentProblem {
  for (const section of sections) {
    const index = section.body.split("\n").findIndex((line) => [...line.matchAll(new RegExp(pattern.source, "g"))].some((match) => match[1] === id));
    if (index >= 0) {
      return {
        file: section.sourceFile,
        line: section.bodyLine + index,
        message: `${shortcode} is inside code here, where Markdown shows it as written; take it out of the code (backticks, indentation or a fenced block)`,
      };
    }
  }
  // The loader found the shortcode in these sections, so this is not reached; say what is known.
  return { file: sections[0]?.sourceFile ?? "", message: `${shortcode} is not shown: no line of the prose renders it; check it is not inside code` };
}

/** The 0-based body line where lists and blockquotes first nest deeper than {@link MAX_NESTING_DEPTH}, if they do. */
function findTooDeepNesting(tokens: Token[]): number | undefined {
  let depth = 0;
  let lastLine = 0;
  for (const token of tokens) {
    if (token.map) lastLine = token.map[0];
    if (!NESTING_TOKENS.has(token.type)) continue;
    depth += token.nesting;
    if (depth > MAX_NESTING_DEPTH) return lastLine;
  }
  return undefined;
}

const NESTING_TOKENS = new Set([
  "blockquote_open", "blockquote_close", "bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close",
]);
