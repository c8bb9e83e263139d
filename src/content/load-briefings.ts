import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../base/content-error.ts";
import { displayPath } from "../base/display-path.ts";
import { briefingFileSchema, type BriefingFile, type Figure, type Update } from "./schema.ts";
import { formatFieldPath, parseYaml, validateYaml, type ParsedYaml } from "./validate.ts";
import type { Briefing, BriefingUpdate } from "./briefing.ts";
import { resolveCharts } from "./resolve-charts.ts";
import { chartAnchor, type PlacedChart } from "./chart.ts";
import { MAX_FILE_BYTES, readTextFile } from "./read-text-file.ts";
import { refuseLinks } from "./refuse-links.ts";
import { datesOutOfOrder, datesTooFarAhead } from "./check-dates.ts";
import { applyWrittenPrecision } from "./written-precision.ts";
import { BRIEFING_FILE, loadSections } from "./load-sections.ts";
import { briefingUrl, editionUrl } from "./paths/briefing-paths.ts";
import { findEditionFolders } from "./editions/edition-folders.ts";
import { pickEditionText } from "./editions/edition-text.ts";
import { holdBackUpdates, linkUpdatesInOtherLanguages, type HeldBackUpdate } from "./editions/updates-in-one-language.ts";
import { compareEditionSections } from "./editions/compare-editions.ts";
import { tagCollisionsInEveryLanguage } from "./paths/tag-paths.ts";

export { BRIEFING_FILE };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Folder names at the site's root that the site itself uses, so no briefing may take them. */
export const RESERVED_BRIEFING_NAMES = ["assets"] as const;

/**
 * Loads every briefing under a folder: one sub-folder per briefing, holding
 * `briefing.yaml` and a `sections/` folder of numbered Markdown files.
 * Everything is checked before anything is returned; all problems found are
 * reported together in one ContentError.
 * @param briefingsDir the folder holding the briefing folders
 * @param options.now the build's moment: a date more than a year after it is refused (see
 *   datesTooFarAhead); without it dates are not compared with any clock
 * @returns the briefings, newest first
 */
export function loadBriefings(briefingsDir: string, options: { now?: Date } = {}): Briefing[] {
  if (!existsSync(briefingsDir)) {
    throw new ContentError([{ file: displayPath(briefingsDir), message: "the briefings folder does not exist; create it with one folder per briefing" }]);
  }
  if (!statSync(briefingsDir).isDirectory()) {
    throw new ContentError([{ file: displayPath(briefingsDir), message: "this is a file, not a folder; the briefings folder (BRIEFINGS_DIR) holds one folder per briefing" }]);
  }
  const problems: ContentProblem[] = [];
  const folders: string[] = [];
  for (const name of readdirSync(briefingsDir).sort()) {
    if (name.startsWith(".") && !name.startsWith("..")) continue; // .git, .DS_Store: not content
    // lstat, not stat: a link (even one pointing nowhere) is refused, never followed.
    const entry = lstatSync(path.join(briefingsDir, name));
    if (entry.isSymbolicLink() || entry.isDirectory()) folders.push(name);
  }
  const briefings: Briefing[] = [];
  for (const folder of folders) {
    try {
      refuseLinks(path.join(briefingsDir, folder));
      const briefing = loadBriefingOnce(path.join(briefingsDir, folder));
      // Checked on every load, outside the cache: the answer depends on the build's moment.
      const ahead = options.now ? datesTooFarAhead(briefing, options.now) : [];
      if (ahead.length > 0) {
        const dataFile = path.join(briefingsDir, folder, BRIEFING_FILE);
        const parsed = parseYaml(readTextFile(dataFile), dataFile);
        throw new ContentError(ahead.map((issue) => fieldProblem(parsed, issue.field, issue.message)));
      }
      briefings.push(briefing);
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  problems.push(...tagCollisionsInEveryLanguage(briefings.map((b) => ({ file: displayPath(path.join(briefingsDir, b.slug, BRIEFING_FILE)), language: b.language, tags: b.tags, editions: b.editions }))));
  // A mistake shared by every briefing (a labels file, say) is reported once, not once per briefing.
  if (problems.length > 0) throw new ContentError(uniqueProblems(problems));
  if (briefings.length === 0) {
    throw new ContentError([{ file: displayPath(briefingsDir), message: `no briefings found; add a folder with a ${BRIEFING_FILE} (see README.md, "Add a briefing")` }]);
  }
  return briefings.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

/**
 * Briefings already loaded in this process, by folder, with the hash of the files they were
 * loaded from. `npm run serve` loads them on every save; a briefing whose files are unchanged is
 * not parsed again, and one whose files changed in any byte is. A briefing with a mistake is
 * never kept. (The loader's own code cannot change under a running process.)
 */
const loaded = new Map<string, { state: string; briefing: Briefing }>();

function loadBriefingOnce(dir: string): Briefing {
  const state = filesState(dir);
  const known = loaded.get(dir);
  if (known && known.state === state) return known.briefing;
  const briefing = loadBriefing(dir);
  loaded.set(dir, { state, briefing });
  return briefing;
}

/**
 * The hash of everything a briefing is loaded from: `briefing.yaml` and the name and content of
 * each file in its sections folder. Contents, not modification times: an edit saved within the
 * same clock tick, or a file restored with its old time, is still seen. Links and files too
 * large to load are hashed by what they are, not read: loading refuses them anyway, and a link
 * to /dev/zero or a 3 GB file must not hang or crash the build before it can say so.
 */
export function filesState(dir: string): string {
  const files = [path.join(dir, BRIEFING_FILE)];
  const sections = path.join(dir, "sections");
  const sectionsEntry = lstatSync(sections, { throwIfNoEntry: false });
  if (sectionsEntry?.isDirectory()) {
    for (const name of readdirSync(sections).sort()) {
      const file = path.join(sections, name);
      files.push(file);
      // An edition's prose is one folder down (sections/en/).
      if (lstatSync(file).isDirectory()) for (const inner of readdirSync(file).sort()) files.push(path.join(file, inner));
    }
  }
  const hash = createHash("sha256");
  for (const file of files) {
    const entry = lstatSync(file, { throwIfNoEntry: false });
    const readable = entry?.isFile() && entry.nlink === 1 && entry.size <= MAX_FILE_BYTES;
    const content = readable ? readFileSync(file) : undefined;
    hash.update(`${path.relative(dir, file)}\0${content === undefined ? `-${entry?.mode}-${entry?.size}-${entry?.mtimeMs}-${entry?.nlink}` : content.length}\0`);
    if (content) hash.update(content);
  }
  return hash.digest("hex");
}

/**
 * Loads one briefing folder: its own edition (prose in `sections/`) and any edition in another
 * language (prose in `sections/<language>/`, see findEditionFolders), all from the one
 * `briefing.yaml`, so every edition states the same figures with the same values.
 * @param dir the briefing's folder; its name becomes the briefing's slug
 */
export function loadBriefing(dir: string): Briefing {
  const slug = path.basename(dir);
  const dataFile = path.join(dir, BRIEFING_FILE);
  if (!SLUG.test(slug)) {
    throw new ContentError([{ file: displayPath(dir), message: "a briefing folder's name becomes its URL: use lower-case letters, digits and hyphens" }]);
  }
  if ((RESERVED_BRIEFING_NAMES as readonly string[]).includes(slug)) {
    throw new ContentError([{ file: displayPath(dir), message: `a briefing folder cannot be named "${slug}": the site keeps its own files under /${slug}/ (reserved: ${RESERVED_BRIEFING_NAMES.join(", ")}); rename the folder` }]);
  }
  refuseLinks(dataFile);
  if (!existsSync(dataFile)) {
    throw new ContentError([{ file: displayPath(dir), message: `${BRIEFING_FILE} is missing; every folder under the briefings folder is a briefing and needs one` }]);
  }
  const parsed = parseYaml(readTextFile(dataFile), dataFile);
  const sectionsDir = path.join(dir, "sections");
  const written = parsed.document.get("language");
  const language = typeof written === "string" ? written : "";
  const problems: ContentProblem[] = [];
  const folders = findEditionFolders(sectionsDir, language, problems);
  const hasEditions = folders.length > 0;
  const main = loadEdition(parsed, editionData(parsed, language, hasEditions ? "sections/" : undefined), { sectionsDir, url: briefingUrl(slug), slug, dir, editionNames: folders.map((f) => f.name), where: hasEditions ? `sections/ (the ${language} edition)` : undefined }, problems);
  const editions: Briefing[] = [];
  const heldBack: HeldBackUpdate[][] = [main.heldBack];
  for (const folder of folders) {
    let data: EditionData;
    try {
      const read = editionData(parsed, folder.language, `sections/${folder.name}/`);
      data = { ...read, data: { ...read.data, language: folder.language } };
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const edition = loadEdition(parsed, data, { sectionsDir: path.join(sectionsDir, folder.name), url: editionUrl(slug, folder.name), edition: folder.name, slug, dir, editionNames: [], where: `sections/${folder.name}/ (the ${folder.language} edition)` }, problems);
    if (main.complete && edition.complete) {
      problems.push(...compareEditionSections(
        { folder: `${displayPath(sectionsDir)}/`, language, sections: main.briefing.sections },
        { folder: `${folder.dir}/`, language: folder.language, sections: edition.briefing.sections },
      ));
    }
    editions.push(edition.briefing);
    heldBack.push(edition.heldBack);
  }
  const all = [main.briefing, ...editions];
  const linked = linkUpdatesInOtherLanguages(all, heldBack);
  all.forEach((edition, index) => (edition.updatesInOtherLanguages = linked.lists[index]!));
  for (const update of linked.unpublished) {
    problems.push(fieldProblem(parsed, ["updates", update.index, "title"], `is written in ${update.languages.join(", ")} only, and the briefing has no edition in ${update.languages.length > 1 ? "any of them" : "it"} (its editions: ${all.map((e) => e.language).join(", ")}); add ${language}: … to this update's title and note, or write it in an edition's language`));
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { ...main.briefing, editions };
}

/** One edition's data, and the updates it holds back (see holdBackUpdates). */
interface EditionData {
  data: BriefingFile;
  heldBack: Map<number, string[]>;
}

/**
 * `briefing.yaml` checked against the schema with each text given per language taken in
 * `language`. A text given per language that lacks it is named with its field and the fix.
 * @param folder where the edition's prose is, for the message; undefined for a briefing in one language
 */
function editionData(parsed: ParsedYaml, language: string, folder: string | undefined): EditionData {
  const missing: ContentProblem[] = [];
  let heldBack = new Map<number, string[]>();
  const prepare = (value: unknown) => {
    const held = holdBackUpdates(value, language);
    heldBack = held.heldBack;
    const picked = pickEditionText(held.data, language);
    for (const { field, given, plain } of picked.missing) {
      const edition = folder ? `the edition in ${folder} is in ${language}` : `the briefing is in ${language}`;
      const message = plain === undefined
        ? `gives its text in ${given.join(", ")} but not in ${language}, and ${edition}; add ${language}: … to it`
        : `"${plain}" is in the briefing's language (${given[0]}) only, and ${edition}; give it per language: { ${given[0]}: ${plain}, ${language}: … }`;
      missing.push(fieldProblem(parsed, field, message));
    }
    return picked.data;
  };
  let data: BriefingFile;
  try {
    data = validateYaml(parsed, briefingFileSchema, prepare);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // A text missing its language is also not a text to the schema: one message is enough.
    const named = new Set(missing.map((p) => p.field));
    throw new ContentError([...missing, ...error.problems.filter((p) => !named.has(p.field))]);
  }
  if (missing.length > 0) throw new ContentError(missing);
  applyWrittenPrecision(data, parsed);
  return { data, heldBack };
}

/** Where one edition of a briefing is and what its prose may not be called. */
interface EditionPlace {
  sectionsDir: string;
  /** The edition's folder under `sections/`; undefined for the briefing's own language. */
  edition?: string;
  url: string;
  slug: string;
  dir: string;
  /** The briefing's edition folders, which no section of its own edition may be named (they share its URL's path). */
  editionNames: string[];
  /** The edition, for messages, when the briefing has more than one. */
  where: string | undefined;
}

/**
 * One edition as plain data: the briefing's figures and charts with the edition's texts, and the
 * edition's prose, each checked; problems are collected.
 * @returns the edition, and whether all of its prose could be read (see LoadedSections)
 */
function loadEdition(parsed: ParsedYaml, { data, heldBack }: EditionData, place: EditionPlace, problems: ContentProblem[]): { briefing: Briefing; complete: boolean; heldBack: HeldBackUpdate[] } {
  const found: ContentProblem[] = [];
  const figures = new Map<string, Figure>();
  data.figures.forEach((figure, index) => {
    if (figures.has(figure.id)) {
      found.push(fieldProblem(parsed, ["figures", index, "id"], `"${figure.id}" is used by an earlier figure; each figure needs its own id`));
    }
    figures.set(figure.id, figure);
  });

  for (const issue of datesOutOfOrder(data)) found.push(fieldProblem(parsed, issue.field, issue.message));
  const every = identifyUpdates(data.updates, parsed, found);
  const updates = every.filter((_, index) => !heldBack.has(index));
  const held = every.flatMap((update, index) => (heldBack.has(index) ? [{ index, id: update.id, date: update.date, languages: heldBack.get(index)! }] : []));
  const resolved = resolveCharts(data.charts, figures);
  for (const issue of resolved.issues) found.push(fieldProblem(parsed, issue.field, issue.message));
  // Prose cannot be rendered around a chart that cannot be drawn.
  if (found.length > 0) throw new ContentError([...problems, ...found]);
  const charts = new Map(resolved.charts.map((chart) => [chart.id, chart]));

  const { sections, mentions, placements, complete } = loadSections(place.sectionsDir, { url: place.url, figures, charts }, found);
  for (const section of sections) {
    if (!place.editionNames.includes(section.id)) continue;
    found.push({ file: section.sourceFile, message: `a section cannot be named "${section.id}": sections/${section.id}/ holds the briefing's edition in that language, whose pages are at the same address; rename the file` });
  }
  const inEdition = place.where ? ` in ${place.where}` : "";

  data.figures.forEach((figure, index) => {
    // Prose that could not be read may state it: say so only once the prose is right.
    if (!complete || mentions.some((mention) => mention.figureId === figure.id)) return;
    found.push(
      fieldProblem(parsed, ["figures", index, "id"], `figure "${figure.id}" is not stated in any section${inEdition}; add {% figure "${figure.id}" %} to the paragraph that states it`),
    );
  });

  const placedCharts: PlacedChart[] = [];
  data.charts.forEach((definition, index) => {
    const places = placements.filter((p) => p.chartId === definition.id);
    const chart = charts.get(definition.id);
    if (places.length === 0) {
      if (!complete) return;
      found.push(
        fieldProblem(parsed, ["charts", index, "id"], `chart "${definition.id}" is not placed in any section${inEdition}; add {% chart "${definition.id}" %} on a line of its own where the prose discusses it`),
      );
    } else if (places.length > 1) {
      found.push(
        fieldProblem(parsed, ["charts", index, "id"], `chart "${definition.id}" is placed ${places.length} times (${places.map((p) => p.file).join(", ")}); place each chart once`),
      );
    } else if (chart) {
      const section = sections.find((s) => s.id === places[0]!.sectionId)!;
      placedCharts.push({ ...chart, sectionId: section.id, url: `${section.url}#${chartAnchor(chart.id)}` });
    }
  });
  problems.push(...found);

  return {
    complete,
    heldBack: held,
    briefing: {
      ...data,
      slug: place.slug,
      url: place.url,
      shortTitle: data.shortTitle ?? data.title,
      updated: data.updated ?? data.date,
      sections,
      charts: placedCharts,
      updates: updates.sort((a, b) => Date.parse(b.date) - Date.parse(a.date)),
      updatesInOtherLanguages: [],
      edition: place.edition,
      editions: [],
      sourceDir: displayPath(place.dir),
    },
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

function uniqueProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.file, problem.line, problem.field, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fieldProblem(parsed: ParsedYaml, field: (string | number)[], message: string): ContentProblem {
  return {
    file: displayPath(parsed.file),
    line: parsed.lineOf(field),
    field: formatFieldPath(field),
    message,
  };
}
