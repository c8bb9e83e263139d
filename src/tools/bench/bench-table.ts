import type { StageTime } from "../../base/stage-clock.ts";
import type { Machine } from "./machine.ts";
import type { Measured, SizeResult } from "./run-bench.ts";

const seconds = (ms: number) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const mib = (bytes: number) => (bytes >= 100 * 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const cpuMs = (cost: Measured) => (cost.cpu ? cost.cpu.userMs + cost.cpu.systemMs : undefined);
/** CPU seconds, user + system, of a whole process tree, e.g. "9.41 s (8.60 + 0.81)". */
const cpuCell = (cost: Measured) => (cost.cpu ? `${seconds(cost.cpu.userMs + cost.cpu.systemMs)} (${seconds(cost.cpu.userMs)} + ${seconds(cost.cpu.systemMs)})` : "not measured");
/** A command against its floor: in CPU seconds where both were measured, and in wall time. */
const ratios = (cost: Measured, floor: Measured) => {
  const [a, b] = [cpuMs(cost), cpuMs(floor)];
  return a !== undefined && b !== undefined ? `${ratio(a, b)} CPU, ${ratio(cost.wallMs, floor.wallMs)} wall` : ratio(cost.wallMs, floor.wallMs);
};

/** The largest single process of a run, e.g. "node 310 MiB". */
function largest(cost: Measured): string {
  const [name, bytes] = Object.entries(cost.peakByProcess).sort((a, b) => b[1] - a[1])[0] ?? ["?", 0];
  return `${mib(cost.peakTreeRss)} (${name} ${mib(bytes)})`;
}

/**
 * The benchmark's results as a Markdown table: each command's wall time (its first run with empty
 * caches, then the median of its runs with caches kept),
 * the peak memory of its whole process tree and of its largest process, and its ratio to the
 * floor timed in the same run.
 */
export function benchTable(results: SizeResult[], machine: Machine): string {
  const rows: string[][] = [];
  for (const r of results) {
    const n = String(r.briefings);
    const runs = r.siteBuild.runs > 1 ? `, median of ${r.siteBuild.runs}` : "";
    const eleventy = `bare Eleventy ${seconds(r.bareEleventy.wallMs)}, CPU ${cpuCell(r.bareEleventy)}`;
    rows.push([n, "`npm run build:site`, empty caches", seconds(r.siteBuildCold.wallMs), cpuCell(r.siteBuildCold), largest(r.siteBuildCold), eleventy, ratios(r.siteBuildCold, r.bareEleventy)]);
    rows.push([n, `\`npm run build:site\`, caches kept${runs}`, seconds(r.siteBuild.wallMs), cpuCell(r.siteBuild), largest(r.siteBuild), eleventy, ratios(r.siteBuild, r.bareEleventy)]);
    rows.push([n, "", "", "", "", "cold against caches kept", ratios(r.siteBuildCold, r.siteBuild)]);
    if (r.hugo === "not installed") rows.push([n, "", "", "", "", "Hugo: not installed", ""]);
    else rows.push([n, "", "", "", "", `Hugo ${seconds(r.hugo.wallMs)}, CPU ${cpuCell(r.hugo)}, ${r.hugo.peakTreeRss > 0 ? mib(r.hugo.peakTreeRss) : "memory: ended before it could be sampled"}`, ratios(r.siteBuild, r.hugo)]);
    if (r.fullBuild && r.barePrint && r.fullBuildCold) {
      rows.push([n, "`npm run build`, empty caches", seconds(r.fullBuildCold.wallMs), cpuCell(r.fullBuildCold), largest(r.fullBuildCold), "", ""]);
      rows.push([n, `\`npm run build\`, fonts and share images kept, every PDF printed${runs}`, seconds(r.fullBuild.wallMs), cpuCell(r.fullBuild), largest(r.fullBuild), "", ""]);
      const pdfStage = r.fullBuild.wallMs - r.siteBuild.wallMs;
      const perPdf = pdfStage / r.briefings;
      rows.push([n, "PDF stage (the build above − build:site, caches kept), per PDF", `${seconds(pdfStage)}, ${seconds(perPdf)} each`, "", "", `bare Puppeteer print ${seconds(r.barePrint.wallMs)}, ${seconds(r.barePrint.wallMs / r.briefings)} each`, ratio(pdfStage, r.barePrint.wallMs)]);
      if (typeof r.weasyprintPerDocumentMs === "number") {
        rows.push([n, "", "", "", "", `WeasyPrint ${seconds(r.weasyprintPerDocumentMs)} per document (${r.weasyprintDocuments} timed)`, ratio(perPdf, r.weasyprintPerDocumentMs)]);
      } else rows.push([n, "", "", "", "", "WeasyPrint: not installed", ""]);
      if (r.fullBuildUnchanged) rows.push([n, "`npm run build`, every cache kept, nothing changed", seconds(r.fullBuildUnchanged.wallMs), cpuCell(r.fullBuildUnchanged), largest(r.fullBuildUnchanged), `empty caches ${seconds(r.fullBuildCold.wallMs)}`, ratios(r.fullBuildUnchanged, r.fullBuildCold)]);
    } else {
      rows.push([n, "`npm run build` (PDFs)", "skipped: above BENCH_PDF_MAX", "", "", "", ""]);
    }
    rows.push([n, "edit one briefing, `npm run build:site`", seconds(r.incrementalSiteBuild.wallMs), cpuCell(r.incrementalSiteBuild), largest(r.incrementalSiteBuild), `caches kept, unchanged ${seconds(r.siteBuild.wallMs)}`, ratios(r.incrementalSiteBuild, r.siteBuild)]);
    if (r.incrementalFullBuild && r.fullBuildCold) {
      rows.push([n, "edit one briefing, `npm run build`", seconds(r.incrementalFullBuild.wallMs), cpuCell(r.incrementalFullBuild), largest(r.incrementalFullBuild), `empty caches ${seconds(r.fullBuildCold.wallMs)}`, ratios(r.incrementalFullBuild, r.fullBuildCold)]);
    }
    rows.push([n, "output", `site ${mib(r.bytes.site)}: fonts ${mib(r.bytes.fonts)}, PDFs ${r.fullBuild ? mib(r.bytes.pdfs) : "not built"}`, "", "", "", ""]);
  }
  // Memory as the site grows: from one size to the next, what each further briefing adds to
  // the warm build's peak (the node process's RSS, and the whole tree's PSS).
  for (const [smaller, larger] of results.slice(0, -1).map((r, i) => [r, results[i + 1]!] as const)) {
    const added = larger.briefings - smaller.briefings;
    if (added <= 0) continue;
    const node = (r: SizeResult) => r.siteBuild.peakByProcess.node ?? 0;
    const perBriefing = (a: number, b: number) => `${((b - a) / added / 1024).toFixed(0)} KiB`;
    rows.push([`${smaller.briefings}→${larger.briefings}`, "`npm run build:site`, caches kept: peak memory added per briefing", "", "", `node ${perBriefing(node(smaller), node(larger))}, all processes ${perBriefing(smaller.siteBuild.peakTreeRss, larger.siteBuild.peakTreeRss)}`, "", ""]);
  }
  const header = ["N", "work", "wall time", "CPU, all processes (user + system)", "peak memory: all processes, PSS (largest process, RSS)", "floor, same run", "ratio"];
  const lines = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`);
  const about = `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}; load average ${machine.loadAtStart} at the start`;
  return `${lines.join("\n")}\n\nMachine: ${about}.\n\n${stageTable(results)}`;
}

/**
 * Where each `npm run build:site` spent its time, stage by stage, with empty caches and with
 * caches kept: wall and CPU time of the build's own stages, and Eleventy's own wall-time
 * benchmarks for the parts of its run (see src/tools/build/eleventy-stages.ts).
 */
export function stageTable(results: SizeResult[]): string {
  const cell = (time: StageTime | undefined) => (time ? `${seconds(time.wallMs)}${time.cpuMs === undefined ? "" : `, CPU ${seconds(time.cpuMs)}`}` : "");
  const rows: string[][] = [];
  for (const r of results) {
    const names = [...new Set([...r.stages.warm, ...r.stages.cold].map((time) => time.stage))];
    for (const name of names) {
      const find = (list: StageTime[]) => list.find((time) => time.stage === name);
      rows.push([String(r.briefings), name, cell(find(r.stages.cold)), cell(find(r.stages.warm))]);
    }
  }
  const header = ["N", "stage of `npm run build:site`", "empty caches: wall, CPU", "caches kept: wall, CPU"];
  return [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
