import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { StageTime } from "../../base/stage-clock.ts";
import { findBrowser } from "../../base/launch-browser.ts";
import { projectRoot } from "../../base/project-root.ts";
import { serveFolder } from "../../base/serve-folder.ts";
import { writeEleventyFloor, writeHugoFloor } from "./floor-sites.ts";
import { generateBriefings } from "./generate-briefings.ts";
import { timeProcess, type ProcessCost } from "./time-process.ts";

/** What the bench is asked to do. */
export interface BenchSettings {
  /** Numbers of briefings to build, e.g. [1, 100, 1000]. */
  sizes: number[];
  /**
   * Runs per measurement at small sizes (the median is kept); one run above 10 briefings. Each
   * command also runs once before them with empty caches, reported apart as its cold build.
   */
  runs: number;
  /** PDFs are printed only up to this many briefings: above it the full build is skipped. */
  pdfMax: number;
  /** WeasyPrint prints at most this many documents per size (it is timed per document). */
  weasyprintMax: number;
  /** A scratch folder, removed afterwards. */
  work: string;
  /** Progress lines go here. */
  log: (line: string) => void;
  /** The environment the timed commands run in: the bench's own, as its entry passes it. */
  env: Readonly<Record<string, string | undefined>>;
  /** The browser the user named (PUPPETEER_EXECUTABLE_PATH), for the bare print floor. */
  executablePath?: string;
}

/** A measured command: its median run and how many runs there were. */
export interface Measured extends ProcessCost {
  runs: number;
  /** The run kept, as measured (not written to the results). */
  sample?: ProcessCost;
}

/** Everything measured for one number of briefings. */
export interface SizeResult {
  briefings: number;
  /** `npm run build:site` with empty caches (no font subsets, share images or PDFs kept). */
  siteBuildCold: Measured;
  /** `npm run build:site` again, caches kept, nothing changed: what CI with a kept cache waits for. */
  siteBuild: Measured;
  /** Where the time of `siteBuildCold` and of `siteBuild`'s median run went, stage by stage (BUILD_STAGE_TIMES). */
  stages: { cold: StageTime[]; warm: StageTime[] };
  bareEleventy: Measured;
  hugo: Measured | "not installed";
  /** `npm run build` with empty caches; undefined when N was above pdfMax, like the others. */
  fullBuildCold?: Measured;
  /** `npm run build` with fonts and share images kept and every PDF printed. */
  fullBuild?: Measured;
  /** `npm run build` again with every cache kept and nothing changed (no PDF printed). */
  fullBuildUnchanged?: Measured;
  barePrint?: Measured;
  /** WeasyPrint's time per document, over `weasyprintDocuments` documents. */
  weasyprintPerDocumentMs?: number | "not installed";
  weasyprintDocuments?: number;
  incrementalSiteBuild: Measured;
  incrementalFullBuild?: Measured;
  bytes: { site: number; fonts: number; pdfs: number };
}

const ROOT = projectRoot();
const FLOORS = path.join(ROOT, "src", "tools", "bench", "floors");
/** Where `npm run bench` writes its results, next to the code that measures them. */
export const BENCH_RESULTS_FILE = "src/tools/bench/results/latest.json";

const ELEVENTY_CLI = path.join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");

/**
 * Runs the benchmark for each size: generates the briefings, then times as whole processes
 * the commands a user runs (`npm run build:site`, `npm run build`, an incremental rebuild after
 * editing one briefing) and the floors in the same run (bare Eleventy and Hugo on the same
 * Markdown, a bare Puppeteer print and WeasyPrint on the same print editions), alternating
 * command and floor so a change in the machine's load hits both.
 */
export async function runBench(settings: BenchSettings): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  const hasHugo = commandExists("hugo");
  const hasWeasyprint = commandExists("weasyprint");
  for (const n of settings.sizes) {
    const dir = path.join(settings.work, `n-${n}`);
    rmSync(dir, { recursive: true, force: true });
    const briefings = path.join(dir, "briefings");
    const slugs = generateBriefings(briefings, n);
    writeEleventyFloor(briefings, path.join(dir, "eleventy-floor"));
    if (hasHugo) writeHugoFloor(briefings, path.join(dir, "hugo"));
    const runs = n <= 10 ? settings.runs : 1;
    const site = path.join(dir, "site");
    const full = path.join(dir, "full");
    // Each command keeps its own caches, empty at its first run, never the project's own.
    const env = (output: string) => ({ BRIEFINGS_DIR: briefings, BUILD_OUTPUT_DIR: output, BUILD_CACHE_DIR: `${output}-cache` });
    const step = async (label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<ProcessCost> => {
      const cost = await timeProcess(command, args, { ...settings.env, ...extraEnv });
      if (cost.exitCode !== 0) throw new Error(`${label} failed (exit ${cost.exitCode}):\n${cost.outputTail}`);
      settings.log(`  N=${n} ${label}: ${(cost.wallMs / 1000).toFixed(2)} s`);
      return cost;
    };

    const samples: Record<string, ProcessCost[]> = { site: [], eleventy: [], hugo: [], full: [], print: [] };
    // Each build:site says where its time went; the stages of the run kept as the median are reported.
    const stagesOf = new Map<ProcessCost, StageTime[]>();
    const siteBuildStaged = async (label: string) => {
      const file = path.join(dir, "stage-times.json");
      rmSync(file, { force: true });
      const cost = await step(label, "npm", ["run", "--silent", "build:site"], { ...env(site), BUILD_STAGE_TIMES: file });
      stagesOf.set(cost, existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StageTime[]) : []);
      return cost;
    };
    const siteBuildCold = await siteBuildStaged("npm run build:site, empty caches");
    for (let run = 0; run < runs; run++) {
      samples.site!.push(await siteBuildStaged("npm run build:site"));
      samples.eleventy!.push(
        await step("bare Eleventy", process.execPath, [ELEVENTY_CLI, "--quiet", `--config=${path.join(FLOORS, "bare-eleventy.config.mjs")}`, `--input=${path.join(dir, "eleventy-floor")}`, `--output=${path.join(dir, "eleventy-out")}`]),
      );
      if (hasHugo) samples.hugo!.push(await step("Hugo", "hugo", ["--quiet", "-s", path.join(dir, "hugo"), "-d", path.join(dir, "hugo-out")]));
    }
    const printing = n <= settings.pdfMax;
    const fullBuildCold = printing ? await step("npm run build, empty caches", "npm", ["run", "--silent", "build"], env(full)) : undefined;
    let fullBuildUnchanged: ProcessCost | undefined;
    if (printing) {
      for (let run = 0; run < runs; run++) {
        // Fonts and share images kept, every PDF printed (an empty PDF cache each run): the PDF
        // stage is then this less the warm build:site, set against the bare print below.
        const pdfCache = path.join(dir, `pdf-cache-${run}`);
        samples.full!.push(await step("npm run build, PDFs printed", "npm", ["run", "--silent", "build"], { ...env(full), PDF_CACHE_DIR: pdfCache }));
        samples.print!.push(await step("bare Puppeteer print", process.execPath, [path.join(FLOORS, "bare-print.mjs"), full, path.join(dir, "bare-print"), findBrowser(settings.executablePath), ...slugs]));
        if (run === runs - 1) fullBuildUnchanged = await step("npm run build, nothing changed", "npm", ["run", "--silent", "build"], { ...env(full), PDF_CACHE_DIR: pdfCache });
      }
    } else {
      settings.log(`  N=${n}: PDFs skipped (more than BENCH_PDF_MAX=${settings.pdfMax} briefings)`);
    }
    let weasyprintPerDocumentMs: number | "not installed" | undefined;
    let weasyprintDocuments: number | undefined;
    if (printing) {
      if (hasWeasyprint) {
        weasyprintDocuments = Math.min(n, settings.weasyprintMax);
        weasyprintPerDocumentMs = (await timeWeasyprint(full, slugs.slice(0, weasyprintDocuments), path.join(dir, "weasyprint"), settings.env)) / weasyprintDocuments;
        settings.log(`  N=${n} WeasyPrint: ${(weasyprintPerDocumentMs / 1000).toFixed(2)} s per document`);
      } else weasyprintPerDocumentMs = "not installed";
    }

    // One word more in one briefing, then the same commands again over the existing output.
    const edited = path.join(briefings, slugs[Math.floor(slugs.length / 2)]!, "sections", "02-services.md");
    appendFileSync(edited, "\nOne more sentence, edited for the incremental rebuild.\n");
    const incrementalSiteBuild = await step("edit one, npm run build:site", "npm", ["run", "--silent", "build:site"], env(site));
    const incrementalFullBuild = printing ? await step("edit one, npm run build", "npm", ["run", "--silent", "build"], env(full)) : undefined;

    const measuredSite = printing ? full : site;
    const siteBuild = median(samples.site!);
    results.push({
      briefings: n,
      siteBuildCold: { ...siteBuildCold, runs: 1, outputTail: "" },
      siteBuild,
      stages: { cold: stagesOf.get(siteBuildCold) ?? [], warm: (siteBuild.sample && stagesOf.get(siteBuild.sample)) || [] },
      bareEleventy: median(samples.eleventy!),
      hugo: hasHugo ? median(samples.hugo!) : "not installed",
      fullBuildCold: fullBuildCold && { ...fullBuildCold, runs: 1, outputTail: "" },
      fullBuild: printing ? median(samples.full!) : undefined,
      fullBuildUnchanged: fullBuildUnchanged && { ...fullBuildUnchanged, runs: 1, outputTail: "" },
      barePrint: printing ? median(samples.print!) : undefined,
      weasyprintPerDocumentMs,
      weasyprintDocuments,
      incrementalSiteBuild: { ...incrementalSiteBuild, runs: 1 },
      incrementalFullBuild: incrementalFullBuild && { ...incrementalFullBuild, runs: 1 },
      bytes: { site: folderBytes(measuredSite), fonts: folderBytes(path.join(measuredSite, "assets", "fonts")), pdfs: folderBytes(measuredSite, (f) => f.endsWith(".pdf")) },
    });
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** Prints print editions with WeasyPrint, one process per document as a user would run it. */
async function timeWeasyprint(site: string, slugs: string[], out: string, env: BenchSettings["env"]): Promise<number> {
  mkdirSync(out, { recursive: true });
  const server = await serveFolder(site);
  try {
    let total = 0;
    for (const slug of slugs) {
      const cost = await timeProcess("weasyprint", ["--quiet", `${server.url}${slug}/print/`, path.join(out, `${slug}.pdf`)], env);
      if (cost.exitCode !== 0) throw new Error(`WeasyPrint failed on ${slug}:\n${cost.outputTail}`);
      total += cost.wallMs;
    }
    return total;
  } finally {
    await server.close();
  }
}

function median(samples: ProcessCost[]): Measured {
  // By CPU time where it was measured: on a shared machine it moves far less than wall time.
  const cost = (sample: ProcessCost) => (sample.cpu ? sample.cpu.userMs + sample.cpu.systemMs : sample.wallMs);
  const sorted = [...samples].sort((a, b) => cost(a) - cost(b));
  const kept = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...kept, runs: samples.length, outputTail: "", sample: kept };
}

function commandExists(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

function folderBytes(dir: string, keep: (file: string) => boolean = () => true): number {
  let total = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (keep(entry.name)) total += statSync(full).size;
    }
  };
  try {
    walk(dir);
  } catch {
    return 0;
  }
  return total;
}

/** The version line of a floor tool, for the report (e.g. "hugo v0.111.3"). */
export function toolVersion(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).split("\n")[0]!.trim();
  } catch {
    return "not installed";
  }
}
