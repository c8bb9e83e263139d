import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, displayPath, type ContentProblem } from "./content-error.ts";
import { briefingFileSchema, sectionFrontMatterSchema, type Figure, type SectionFrontMatter, type Update } from "./schema.ts";
import { formatFieldPath, parseYaml, validateYaml, type ParsedYaml } from "./validate.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { Briefing, BriefingUpdate, Section, StatedFigure } from "./briefing.ts";
import { markdown } from "../markdown/create-markdown.ts";
import { FIGURE_SHORTCODE } from "../markdown/figure-reference.ts";
import type { FigureStatement, MarkdownEnv } from "../markdown/markdown-env.ts";
import { CHART_LINE, CHART_SHORTCODE } from "../markdown/chart-block.ts";
import { resolveCharts } from "../charts/resolve-charts.ts";
import { chartAnchor, type Chart, type PlacedChart } from "../charts/chart.ts";
import { loadInterfaceWords } from "./interface-words.ts";

/** The file in each briefing folder that holds its data. */
export const BRIEFING_FILE = "briefing.yaml";
const SECTION_FILE = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Loads every briefing under a folder: one sub-folder per briefing, holding
 * `briefing.yaml` and a `sections/` folder of numbered Markdown files.
 * Everything is checked before anything is returned; all problems found are
 * reported together in one ContentError.
 * @param briefingsDir the folder holding the briefing folders
 * @returns the briefings, newest first
 */
export function loadBriefings(briefingsDir: string): Briefing[] {
  if (!existsSync(briefingsDir)) {
    throw new ContentError([{ file: displayPath(briefingsDir), message: "the briefings folder does not exist; create it with one folder per briefing" }]);
  }
  const folders = readdirSync(briefingsDir)
    .filter((name) => !name.startsWith(".") && statSync(path.join(briefingsDir, name)).isDirectory())
    .sort();
  const problems: ContentProblem[] = [];
  const briefings: Briefing[] = [];
  for (const folder of folders) {
    try {
      briefings.push(loadBriefing(path.join(briefingsDir, folder)));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  if (briefings.length === 0) {
    throw new ContentError([{ file: displayPath(briefingsDir), message: `no briefings found; add a folder with a ${BRIEFING_FILE} (see README.md, "Add a briefing")` }]);
  }
  return briefings.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

/**
 * Loads one briefing folder.
 * @param dir the briefing's folder; its name becomes the briefing's slug
 */
export function loadBriefing(dir: string): Briefing {
  const slug = path.basename(dir);
  const dataFile = path.join(dir, BRIEFING_FILE);
  if (!SLUG.test(slug)) {
    throw new ContentError([{ file: displayPath(dir), message: "a briefing folder's name becomes its URL: use lower-case letters, digits and hyphens" }]);
  }
  if (!existsSync(dataFile)) {
    throw new ContentError([{ file: displayPath(dir), message: `${BRIEFING_FILE} is missing; every folder under the briefings folder is a briefing and needs one` }]);
  }
  const parsed = parseYaml(readFileSync(dataFile, "utf8"), dataFile);
  const data = validateYaml(parsed, briefingFileSchema);
  const problems: ContentProblem[] = [];

  const figures = new Map<string, Figure>();
  data.figures.forEach((figure, index) => {
    if (figures.has(figure.id)) {
      problems.push(fieldProblem(parsed, ["figures", index, "id"], `"${figure.id}" is used by an earlier figure; each figure needs its own id`));
    }
    figures.set(figure.id, figure);
  });

  const updates = identifyUpdates(data.updates, parsed, problems);
  const resolved = resolveCharts(data.charts, figures);
  for (const issue of resolved.issues) problems.push(fieldProblem(parsed, issue.field, issue.message));
  // Prose cannot be rendered around a chart that cannot be drawn.
  if (problems.length > 0) throw new ContentError(problems);
  const charts = new Map(resolved.charts.map((chart) => [chart.id, chart]));

  const url = `/${slug}/`;
  const context: SectionContext = { url, language: data.language, figures, charts, words: loadInterfaceWords(data.language) };
  const { sections, statements, placements } = loadSections(path.join(dir, "sections"), context, problems);

  const statedFigures: StatedFigure[] = [];
  data.figures.forEach((figure, index) => {
    const statement = statements.find((s) => s.figureId === figure.id);
    if (!statement) {
      problems.push(
        fieldProblem(parsed, ["figures", index, "id"], `figure "${figure.id}" is not stated in any section; add {% figure "${figure.id}" %} to the paragraph that states it`),
      );
      return;
    }
    const section = sections.find((s) => statement.anchor.startsWith(`${s.id}-`))!;
    statedFigures.push({ ...figure, sectionId: section.id, anchor: statement.anchor, url: `${section.url}#${statement.anchor}` });
  });

  const placedCharts: PlacedChart[] = [];
  data.charts.forEach((definition, index) => {
    const places = placements.filter((p) => p.chartId === definition.id);
    const chart = charts.get(definition.id);
    if (places.length === 0) {
      problems.push(
        fieldProblem(parsed, ["charts", index, "id"], `chart "${definition.id}" is not placed in any section; add {% chart "${definition.id}" %} on a line of its own where the prose discusses it`),
      );
    } else if (places.length > 1) {
      problems.push(
        fieldProblem(parsed, ["charts", index, "id"], `chart "${definition.id}" is placed ${places.length} times (${places.map((p) => p.file).join(", ")}); place each chart once`),
      );
    } else if (chart) {
      const section = sections.find((s) => s.id === places[0]!.sectionId)!;
      placedCharts.push({ ...chart, sectionId: section.id, url: `${section.url}#${chartAnchor(chart.id)}` });
    }
  });

  if (problems.length > 0) throw new ContentError(problems);

  return {
    ...data,
    slug,
    url,
    shortTitle: data.shortTitle ?? data.title,
    updated: data.updated ?? data.date,
    sections,
    figures: statedFigures,
    charts: placedCharts,
    updates: updates.sort((a, b) => Date.parse(b.date) - Date.parse(a.date)),
    sourceDir: displayPath(dir),
  };
}

/**
 * Gives each update its permanent id: its own `id`, else its day. Two updates may not share one;
 * the message asks for a new id on the one not yet published, so the published one keeps its
 * link and feed id (only the editor knows which that is).
 */
function identifyUpdates(updates: Update[], parsed: ParsedYaml, problems: ContentProblem[]): BriefingUpdate[] {
  const seen = new Map<string, number>();
  return updates.map((update, index) => {
    const id = update.id ?? update.date.slice(0, 10);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push(
        fieldProblem(parsed, ["updates", index, update.id ? "id" : "date"], `updates[${earlier}] and updates[${index}] both have the id "${id}" (an update's id defaults to its day); give the one not yet published its own id, e.g. id: ${id}-2, so the published one keeps its link and feed entry`),
      );
    }
    else seen.set(id, index);
    return { ...update, id };
  });
}

interface SectionContext {
  url: string;
  language: string;
  figures: Map<string, Figure>;
  charts: Map<string, Chart>;
  words: Record<string, string>;
}

/** Where prose places a chart. */
interface ChartPlacement {
  chartId: string;
  sectionId: string;
  file: string;
}

function loadSections(
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

  const env: MarkdownEnv = {
    language: context.language,
    figures: context.figures,
    anchorPrefix: id,
    charts: context.charts,
    labels: context.words,
    figuresUrl: `${context.url}figures/`,
  };
  const html = markdown.render(split.body, env);
  const nestedHtml = markdown.render(split.body, { ...env, headingOffset: 1, statements: [], chartPlacements: [] });
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

function fieldProblem(parsed: ParsedYaml, field: (string | number)[], message: string): ContentProblem {
  return {
    file: displayPath(parsed.file),
    line: parsed.lineOf(field),
    field: formatFieldPath(field),
    message,
  };
}

/** Orders `2-x.md` before `10-x.md`. */
function byOrderPrefix(a: string, b: string): number {
  return (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0) || a.localeCompare(b);
}
