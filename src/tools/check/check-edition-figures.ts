import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { parseHTML } from "linkedom";
import { interfaceWordsFor, type Labels } from "../../content/interface-words.ts";
import { formatFigure, type FigureLike } from "../../render/format/format-figure.ts";
import type { Finding } from "./finding.ts";
import { readAlternates, siteFileAt } from "./check-hreflang.ts";
import { feedEntryContents, type FeedEntryContent } from "./feed-entry-contents.ts";
import type { SiteAddress } from "./site-address.ts";

/** A figure as an edition's `figures.json` states it (src/outputs/data-export/figure-records.ts). */
interface FigureRecord {
  id: string;
  value: number;
  decimals: number | null;
  scale: string;
  unit: string;
  qualifier: string;
  kind: string;
  display: string;
  change_value: number | null;
  source_url: string;
}

/** One edition as the built site shows it: its folder, language, address and figures. */
interface Edition {
  /** The edition's folder, relative to the site's: `goods-trade-2023/en`. */
  folder: string;
  language: string;
  /** Its cover's absolute address. */
  url: string;
  figures: FigureRecord[];
}

/** The fields a figure has once for every edition: they must be the same in each. */
const SHARED_FIELDS = ["value", "decimals", "scale", "qualifier", "kind", "change_value"] as const;

/**
 * Checks that every figure has the same value in every edition of a briefing, wherever an
 * edition states it: its `figures.json` and `figures.csv`, its pages (each `data[data-figure]`),
 * its PDF's text and the feed entries that carry it. A briefing's editions are the
 * `figures.json` files that name the same briefing; its own-language edition (the folder named
 * by its slug) is the reference. Each edition's figures are then written as the site's own
 * formatter writes them in the edition's language (formatFigure) from the reference's values,
 * and must be found written so. Nothing is skipped silently: an edition a cover's hreflang names
 * that has no `figures.json`, a figure not found on the page its record names, an edition
 * without a PDF when another has one, and an edition no feed carries with its figures are
 * findings too.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param address where the site is published
 * @param labels every language's interface words, for the formatter
 */
export function checkEditionFigures(root: string, files: string[], address: SiteAddress, labels: Record<string, Labels>): Finding[] {
  const findings: Finding[] = [];
  const fileSet = new Set(files);
  const briefings = new Map<string, Edition[]>();
  for (const file of files.filter((f) => path.posix.basename(f) === "figures.json")) {
    const data = readJson(path.join(root, file)) as { briefing?: { slug?: string; language?: string; url?: string }; figures?: FigureRecord[] } | undefined;
    if (!data?.briefing?.slug || !Array.isArray(data.figures)) continue;
    const edition: Edition = { folder: path.posix.dirname(file), language: data.briefing.language ?? "", url: data.briefing.url ?? "", figures: data.figures };
    briefings.set(data.briefing.slug, [...(briefings.get(data.briefing.slug) ?? []), edition]);
  }
  findings.push(...editionsWithoutFigures(root, files, address, fileSet, briefings));
  const feeds = feedEntryContents(root, files);
  for (const [slug, editions] of briefings) {
    if (editions.length < 2) continue;
    const reference = editions.find((edition) => edition.folder === slug) ?? editions[0]!;
    const values = new Map(reference.figures.map((figure) => [figure.id, figure]));
    const withPdf = editions.filter((edition) => pdfOf(files, edition) !== undefined);
    for (const edition of editions) {
      const add = (file: string, problem: string) => findings.push({ file, problem });
      const dataFile = `${edition.folder}/figures.json`;
      const expected = new Map<string, string>();
      for (const figure of edition.figures) {
        const shared = values.get(figure.id);
        if (!shared) {
          add(dataFile, `figure "${figure.id}" is not in the ${reference.language} edition (${reference.folder}/figures.json); every edition has the same figures`);
          continue;
        }
        for (const field of SHARED_FIELDS) {
          if (figure[field] !== shared[field]) add(dataFile, `figure "${figure.id}" has ${field} ${JSON.stringify(figure[field])} here and ${JSON.stringify(shared[field])} in the ${reference.language} edition (${reference.folder}/figures.json)`);
        }
        const written = formatFigure(asWritten(shared, figure.unit), edition.language, interfaceWordsFor(labels, edition.language));
        expected.set(figure.id, written);
        if (figure.display !== written) add(dataFile, `figure "${figure.id}" is displayed as "${figure.display}"; its value in ${edition.language} is "${written}"`);
      }
      for (const id of values.keys()) if (!edition.figures.some((figure) => figure.id === id)) add(dataFile, `figure "${id}" of the ${reference.language} edition is missing here`);
      checkCsv(root, `${edition.folder}/figures.csv`, expected, values, add);
      checkPages(root, files, edition, editions, expected, values, add, address, fileSet);
      const pdf = pdfOf(files, edition);
      if (pdf) checkPdf(path.join(root, pdf), expected, (problem) => add(pdf, problem));
      else if (withPdf.length > 0) add(`${edition.folder}/`, `the ${edition.language} edition has no PDF, while ${withPdf.map((e) => `the ${e.language} edition`).join(" and ")} has one: its figures cannot be compared in print`);
      checkFeeds(feeds.get(edition.url) ?? [], edition, expected, values, add);
    }
  }
  return findings;
}

/** Every edition a cover's hreflang alternates name must have figures to compare. */
function editionsWithoutFigures(root: string, files: string[], address: SiteAddress, fileSet: Set<string>, briefings: Map<string, Edition[]>): Finding[] {
  const findings: Finding[] = [];
  const covers = new Set([...briefings.values()].flat().map((edition) => `${edition.folder}/index.html`));
  const reported = new Set<string>();
  for (const page of readAlternates(root, files.filter((file) => covers.has(file)))) {
    for (const { hreflang, href } of page.alternates) {
      const target = siteFileAt(href, address, fileSet);
      if (hreflang === "x-default" || !target || covers.has(target) || reported.has(target)) continue;
      reported.add(target);
      findings.push({ file: target, problem: `is the ${hreflang} edition of ${page.file} (its hreflang), but has no figures.json beside it, so its figures cannot be compared with the other editions'` });
    }
  }
  return findings;
}

function checkCsv(root: string, file: string, expected: Map<string, string>, values: Map<string, FigureRecord>, add: (file: string, problem: string) => void): void {
  if (!existsSync(path.join(root, file))) return add(file, "is missing: every edition offers its figures as CSV");
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(readFileSync(path.join(root, file), "utf8"), { bom: true, columns: true }) as Array<Record<string, string>>;
  } catch {
    return; // the data check reports a CSV that does not parse
  }
  for (const row of rows) {
    const shared = values.get(row.id ?? "");
    if (!shared) continue;
    if (Number(row.value) !== shared.value) add(file, `figure "${row.id}" has the value ${row.value}; in every edition it is ${shared.value}`);
    if (row.display !== expected.get(row.id!)) add(file, `figure "${row.id}" is displayed as "${row.display}"; its value in this language is "${expected.get(row.id!)}"`);
  }
}

/** Each figure stated in the edition's pages, and each figure on the page its record names. */
function checkPages(root: string, files: string[], edition: Edition, editions: Edition[], expected: Map<string, string>, values: Map<string, FigureRecord>, add: (file: string, problem: string) => void, address: SiteAddress, fileSet: Set<string>): void {
  // The own-language edition's folder holds the other editions' folders: those pages are theirs.
  const others = editions.filter((other) => other !== edition && other.folder.startsWith(`${edition.folder}/`)).map((other) => `${other.folder}/`);
  const pages = files.filter((file) => file.startsWith(`${edition.folder}/`) && file.endsWith(".html") && !others.some((folder) => file.startsWith(folder)));
  const stated = new Map<string, Set<string>>();
  for (const file of pages) {
    const html = readFileSync(path.join(root, file), "utf8");
    if (!html.includes("data-figure")) continue;
    const found = figureReferences(html, expected, values, (problem) => add(file, problem));
    stated.set(file, found);
  }
  for (const figure of edition.figures) {
    const page = siteFileAt(figure.source_url, address, fileSet);
    if (!page) add(`${edition.folder}/figures.json`, `figure "${figure.id}" is stated at ${figure.source_url}, which is not a page of the site`);
    else if (!stated.get(page)?.has(figure.id)) add(page, `does not state figure "${figure.id}" (its figures.json says it does): its value cannot be compared`);
  }
}

/** Checks every `data[data-figure]` of some HTML; returns the ids found. */
function figureReferences(html: string, expected: Map<string, string>, values: Map<string, FigureRecord>, add: (problem: string) => void): Set<string> {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found = new Set<string>();
  for (const element of document.querySelectorAll("data[data-figure]")) {
    const id = element.getAttribute("data-figure") ?? "";
    const shared = values.get(id);
    if (!shared) {
      add(`states a figure "${id}" that the briefing's data does not have`);
      continue;
    }
    found.add(id);
    const text = (element.textContent ?? "").trim();
    if (Number(element.getAttribute("value")) !== shared.value) add(`states figure "${id}" with the value ${element.getAttribute("value")}; in every edition it is ${shared.value}`);
    if (text !== expected.get(id)) add(`states figure "${id}" as "${text}"; its value in this language is "${expected.get(id)}"`);
  }
  return found;
}

function checkPdf(file: string, expected: Map<string, string>, add: (problem: string) => void): void {
  const result = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return add("cannot read its text to compare its figures: pdftotext (poppler-utils) is not installed (npm run setup installs it)");
  if (result.status !== 0) return add(`pdftotext cannot read it: ${(result.stderr ?? "").trim()}`);
  // Lines break anywhere in the text layer, and right-to-left text comes out with bidi controls
  // and spaces inside words: compare without whitespace and format characters, normalised.
  const text = squash(result.stdout);
  for (const [id, written] of expected) if (!text.includes(squash(written))) add(`does not state figure "${id}" as "${written}", as the edition's pages do`);
}

function checkFeeds(entries: FeedEntryContent[], edition: Edition, expected: Map<string, string>, values: Map<string, FigureRecord>, add: (file: string, problem: string) => void): void {
  const carrying = entries.filter((entry) => entry.html.includes("data-figure"));
  if (carrying.length === 0) return add(`${edition.folder}/`, `no feed carries the ${edition.language} edition (${edition.url}) with its figures, so they cannot be compared in its feeds`);
  for (const entry of carrying) figureReferences(entry.html, expected, values, (problem) => add(entry.file, `the entry for ${edition.url} ${problem}`));
}

/** The edition's PDF: a PDF in its own folder. */
function pdfOf(files: string[], edition: Edition): string | undefined {
  return files.find((file) => file.endsWith(".pdf") && path.posix.dirname(file) === edition.folder);
}

/**
 * The reference's figure with an edition's unit, as formatFigure takes it. figures.json writes
 * the schema's values as plain text ("" for none); a value the schema does not know is written
 * by formatFigure as it can, and then differs from what the edition shows: a finding either way.
 */
function asWritten(figure: FigureRecord, unit: string): FigureLike {
  return {
    value: figure.value,
    unit,
    kind: figure.kind as FigureLike["kind"],
    qualifier: figure.qualifier === "" ? undefined : (figure.qualifier as FigureLike["qualifier"]),
    scale: figure.scale === "" ? undefined : (figure.scale as FigureLike["scale"]),
    decimals: figure.decimals ?? undefined,
  };
}

function squash(text: string): string {
  return text.normalize("NFKC").replace(/[\s\p{Cf}]+/gu, "");
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined; // the data check reports JSON that does not parse
  }
}
