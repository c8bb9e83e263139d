import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ContentError, displayPath, type ContentProblem } from "./content-error.ts";
import { sectionFrontMatterSchema, type Figure, type SectionFrontMatter } from "./schema.ts";
import { parseYaml, validateYaml } from "./validate.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { Section } from "./briefing.ts";
import { markdown } from "../markdown/create-markdown.ts";
import { FIGURE_SHORTCODE } from "../markdown/figure-reference.ts";
import type { FigureStatement, MarkdownEnv } from "../markdown/markdown-env.ts";
import { CHART_LINE, CHART_SHORTCODE } from "../markdown/chart-block.ts";
import type { Chart } from "../charts/chart.ts";

/** The file in each briefing folder that holds its data. */
export const BRIEFING_FILE = "briefing.yaml";
const SECTION_FILE = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** What rendering a briefing's prose needs to know about the briefing. */
export interface SectionContext {
  url: string;
  language: string;
  figures: Map<string, Figure>;
  charts: Map<string, Chart>;
  words: Record<string, string>;
  /** The briefing's source, cited in its language, for the line under each chart. */
  source?: string;
}

/** Where prose places a chart. */
export interface ChartPlacement {
  chartId: string;
  sectionId: string;
  file: string;
}

/**
 * Loads a briefing's prose: every `NN-name.md` in its sections folder, in number order,
 * rendered with the briefing's figures and charts. Problems are collected, not thrown,
 * so one build reports every mistake at once.
 * @returns the sections, where each figure is stated and where each chart is placed
 */
export function loadSections(
  sectionsDir: string,
  context: SectionContext,
  problems: ContentProblem[],
): { sections: Section[]; statements: FigureStatement[]; placements: ChartPlacement[] } {
  if (!existsSync(sectionsDir)) {
    problems.push({ file: displayPath(sectionsDir), message: "the sections folder is missing; add the prose as sections/01-name.md, sections/02-name.md, …" });
    return { sections: [], statements: [], placements: [] };
  }
  const files = readdirSync(sectionsDir).filter((name) => name.endsWith(".md")).sort(byOrderPrefix);
  const sections: Section[] = [];
  const statements: FigureStatement[] = [];
  const placements: ChartPlacement[] = [];
  for (const name of files) {
    const file = path.join(sectionsDir, name);
    const match = SECTION_FILE.exec(name);
    if (!match) {
      problems.push({ file: displayPath(file), message: "name section files as a number, a hyphen and a lower-case name, e.g. 02-after-reopening.md" });
      continue;
    }
    const id = match[2]!;
    if (sections.some((s) => s.id === id)) {
      problems.push({ file: displayPath(file), message: `another section file is also named "${id}"; section names must differ` });
      continue;
    }
    const loaded = loadSection(file, id, context, problems);
    if (!loaded) continue;
    sections.push({ ...loaded.section, number: sections.length + 1 });
    statements.push(...loaded.statements);
    placements.push(...loaded.charts.map((chartId) => ({ chartId, sectionId: id, file: displayPath(file) })));
  }
  if (files.length === 0) {
    problems.push({ file: displayPath(sectionsDir), message: "no sections found; add the prose as sections/01-name.md, sections/02-name.md, …" });
  }
  return { sections, statements, placements };
}

function loadSection(
  file: string,
  id: string,
  context: SectionContext,
  problems: ContentProblem[],
): { section: Omit<Section, "number">; statements: FigureStatement[]; charts: string[] } | undefined {
  const text = readFileSync(file, "utf8");
  const split = splitFrontMatter(text);
  if (!split) {
    problems.push({ file: displayPath(file), line: 1, message: "start the file with front matter between two --- lines, holding at least a title:" });
    return undefined;
  }
  let frontMatter: SectionFrontMatter;
  try {
    frontMatter = validateYaml(parseYaml(split.yaml, file, split.yamlLine), sectionFrontMatterSchema);
  } catch (error) {
    if (error instanceof ContentError) {
      problems.push(...error.problems);
      return undefined;
    }
    throw error;
  }

  const unknown = findUnknownFigures(split.body, context.figures);
  const chartProblems = findChartProblems(split.body, context.charts);
  if (unknown.length > 0 || chartProblems.length > 0) {
    for (const { id: figureId, line } of unknown) {
      problems.push({
        file: displayPath(file),
        line: split.bodyLine + line - 1,
        message: `there is no key figure with id "${figureId}"; add it to ${BRIEFING_FILE} under figures, or correct the id`,
      });
    }
    for (const { line, message } of chartProblems) problems.push({ file: displayPath(file), line: split.bodyLine + line - 1, message });
    return undefined;
  }

  // Each render gets an env of its own: the renderer records statements, chart placements and
  // footnotes in it, and a second render must not inherit the first one's.
  const pageEnv = (): MarkdownEnv => ({
    language: context.language,
    figures: context.figures,
    anchorPrefix: id,
    charts: context.charts,
    labels: context.words,
    figuresUrl: `${context.url}figures/`,
    source: context.source,
  });
  const env = pageEnv();
  const html = markdown.render(split.body, env);
  const nestedHtml = markdown.render(split.body, { ...pageEnv(), headingOffset: 1 });
  return {
    section: {
      id,
      title: frontMatter.title,
      summary: frontMatter.summary,
      url: `${context.url}${id}/`,
      html,
      nestedHtml,
      sourceFile: displayPath(file),
    },
    statements: env.statements ?? [],
    charts: env.chartPlacements ?? [],
  };
}

/** Each `{% figure "id" %}` whose id is not in the data, with its 1-based line in `body`. */
function findUnknownFigures(body: string, figures: Map<string, Figure>): { id: string; line: number }[] {
  const unknown: { id: string; line: number }[] = [];
  body.split("\n").forEach((text, index) => {
    for (const match of text.matchAll(FIGURE_SHORTCODE)) {
      if (!figures.has(match[1] ?? "")) unknown.push({ id: match[1] ?? "", line: index + 1 });
    }
  });
  return unknown;
}

/** Each `{% chart "id" %}` that names no chart or shares its line with other text, with its 1-based line in `body`. */
function findChartProblems(body: string, charts: Map<string, Chart>): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  body.split("\n").forEach((text, index) => {
    for (const match of text.matchAll(CHART_SHORTCODE)) {
      const chartId = match[1] ?? "";
      if (!charts.has(chartId)) {
        found.push({ line: index + 1, message: `there is no chart with id "${chartId}"; add it to ${BRIEFING_FILE} under charts, or correct the id` });
      } else if (!CHART_LINE.test(text)) {
        found.push({ line: index + 1, message: `put {% chart "${chartId}" %} on a line of its own: a chart is a block, not part of a sentence` });
      }
    }
  });
  return found;
}

/** Orders `2-x.md` before `10-x.md`. */
function byOrderPrefix(a: string, b: string): number {
  return (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0) || a.localeCompare(b);
}
