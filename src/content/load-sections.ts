import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../base/content-error.ts";
import { displayPath } from "../base/display-path.ts";
import { sectionFrontMatterSchema, type Figure, type SectionFrontMatter } from "./schema.ts";
import { editDistance, parseYaml, validateYaml } from "./validate.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { readTextFile } from "./read-text-file.ts";
import { refuseLinks } from "./refuse-links.ts";
import type { Section } from "./briefing.ts";
import type { Chart } from "./chart.ts";
import { sectionUrl } from "./paths/briefing-paths.ts";
import { CHART_LINE, CHART_SHORTCODE, FIGURE_SHORTCODE, KNOWN_SHORTCODE } from "./shortcodes.ts";

/** The file in each briefing folder that holds its data. */
export const BRIEFING_FILE = "briefing.yaml";
const SECTION_FILE = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** What checking a briefing's prose needs to know about the briefing. */
export interface SectionContext {
  /** The briefing's site path, under which its sections' pages are. */
  url: string;
  /** The briefing's key figures by id, which `{% figure %}` may name. */
  figures: Map<string, Figure>;
  /** The briefing's charts by id, which `{% chart %}` may name. */
  charts: Map<string, Chart>;
}

/** A `{% figure %}` in the prose: which figure, and in which section. */
export interface FigureMention {
  figureId: string;
  sectionId: string;
}

/** Where prose places a chart. */
export interface ChartPlacement {
  chartId: string;
  sectionId: string;
  file: string;
}

/**
 * Section names that would collide with the pages the site generates inside each briefing
 * (`/<briefing>/figures/`, `/<briefing>/print/`, …). A section named so would overwrite one.
 * A test checks this list against the folders a real build writes.
 */
export const RESERVED_SECTION_NAMES = ["about", "figures", "print", "updates"] as const;

/** What the sections of a briefing yield, and what could not be checked. */
export interface LoadedSections {
  sections: Section[];
  /** Each `{% figure %}` in the prose, in reading order. */
  mentions: FigureMention[];
  placements: ChartPlacement[];
  /**
   * False when some prose could not be read because of a mistake in it. Which figures and
   * charts it meant to state is then unknown (a misspelt shortcode names none), so none may be
   * called unstated: one mistake gives one message.
   */
  complete: boolean;
}

/**
 * Loads a briefing's prose: every `NN-name.md` in its sections folder, in number order, as
 * Markdown, with every shortcode checked against the briefing's figures and charts. Problems
 * are collected, not thrown, so one build reports every mistake at once.
 * @returns the sections, where the prose states each figure and places each chart
 */
export function loadSections(sectionsDir: string, context: SectionContext, problems: ContentProblem[]): LoadedSections {
  const result: LoadedSections = { sections: [], mentions: [], placements: [], complete: true };
  try {
    refuseLinks(sectionsDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return { ...result, complete: false };
  }
  if (!existsSync(sectionsDir) || !statSync(sectionsDir).isDirectory()) {
    problems.push({ file: displayPath(sectionsDir), message: "the sections folder is missing; add the prose as sections/01-name.md, sections/02-name.md, …" });
    return { ...result, complete: false };
  }
  const files = readdirSync(sectionsDir).filter((name) => name.endsWith(".md")).sort(byOrderPrefix);
  const { sections, mentions, placements } = result;
  for (const name of files) {
    const file = path.join(sectionsDir, name);
    const match = SECTION_FILE.exec(name);
    if (!match) {
      problems.push({ file: displayPath(file), message: "name section files as a number, a hyphen and a lower-case name, e.g. 02-after-reopening.md" });
      result.complete = false;
      continue;
    }
    const id = match[2]!;
    if ((RESERVED_SECTION_NAMES as readonly string[]).includes(id)) {
      problems.push({
        file: displayPath(file),
        message: `a section cannot be named "${id}": the site already makes a page of that name in every briefing (reserved: ${RESERVED_SECTION_NAMES.join(", ")}); rename the file, e.g. ${match[1]}-${id}-overview.md`,
      });
      result.complete = false;
      continue;
    }
    if (sections.some((s) => s.id === id)) {
      problems.push({ file: displayPath(file), message: `another section file is also named "${id}"; section names must differ` });
      result.complete = false;
      continue;
    }
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      result.complete = false;
      continue;
    }
    const loaded = loadSection(file, text, id, context, problems);
    if (!loaded) {
      result.complete = false;
      continue;
    }
    sections.push({ ...loaded.section, number: sections.length + 1 });
    mentions.push(...loaded.figures.map((figureId) => ({ figureId, sectionId: id })));
    placements.push(...loaded.charts.map((chartId) => ({ chartId, sectionId: id, file: displayPath(file) })));
  }
  if (files.length === 0) {
    problems.push({ file: displayPath(sectionsDir), message: "no sections found; add the prose as sections/01-name.md, sections/02-name.md, …" });
    result.complete = false;
  }
  return result;
}

function loadSection(
  file: string,
  text: string,
  id: string,
  context: SectionContext,
  problems: ContentProblem[],
): { section: Omit<Section, "number">; figures: string[]; charts: string[] } | undefined {
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
  if (split.body.trim() === "") {
    problems.push({ file: displayPath(file), line: split.bodyLine, message: "the section has a title but no prose; write its text below the front matter, or delete the file" });
    return undefined;
  }

  const found = [
    ...findUnknownFigures(split.body, context.figures).map(({ id: figureId, line }) => ({
      line,
      message: `there is no key figure with id "${figureId}"; add it to ${BRIEFING_FILE} under figures, or correct the id`,
    })),
    ...findChartProblems(split.body, context.charts),
    ...findUnknownShortcodes(split.body),
  ].sort((a, b) => a.line - b.line);
  if (found.length > 0) {
    for (const { line, message } of found) problems.push({ file: displayPath(file), line: split.bodyLine + line - 1, message });
    return undefined;
  }

  return {
    section: {
      id,
      title: frontMatter.title,
      summary: frontMatter.summary,
      url: sectionUrl(context.url, id),
      body: split.body,
      bodyLine: split.bodyLine,
      sourceFile: displayPath(file),
    },
    figures: [...split.body.matchAll(FIGURE_SHORTCODE)].map((match) => match[1] ?? ""),
    charts: split.body.split("\n").flatMap((line) => CHART_LINE.exec(line)?.[1] ?? []),
  };
}

/**
 * Each `{% … %}` that is neither a figure nor a chart shortcode, with its 1-based line in `body`:
 * a misspelt name (`{% figur "x" %}`) or an id without quotes would otherwise be printed as
 * literal text on the page and in the feeds.
 */
function findUnknownShortcodes(body: string): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  body.split("\n").forEach((text, index) => {
    for (const open of text.matchAll(/\{%/g)) {
      const rest = text.slice(open.index);
      if (KNOWN_SHORTCODE.test(rest)) continue;
      const close = rest.indexOf("%}");
      const written = close < 0 ? rest.trimEnd() : rest.slice(0, close + 2);
      const name = /^\{%-?\s*([A-Za-z_]\w*)/.exec(rest)?.[1];
      let hint: string;
      if (close < 0) hint = "it is not closed with %}; write shortcodes on one line, e.g. {% figure \"id\" %}";
      else if (name === "figure" || name === "chart") hint = `write the id in double quotes: {% ${name} "id" %}`;
      else if (name && (nearlyEqual(name, "figure") || nearlyEqual(name, "chart"))) {
        const meant = nearlyEqual(name, "figure") ? "figure" : "chart";
        hint = `did you mean {% ${meant} "id" %}? Prose knows only {% figure "id" %} and {% chart "id" %}`;
      } else hint = "prose knows only {% figure \"id\" %} and {% chart \"id\" %}; correct it, or remove the {% %}";
      found.push({ line: index + 1, message: `${written} is not a shortcode the build knows; ${hint}` });
    }
  });
  return found;
}

/** Whether a word is a typo of another (at most two letters differ). */
function nearlyEqual(a: string, b: string): boolean {
  return editDistance(a.toLowerCase(), b) <= 2;
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
