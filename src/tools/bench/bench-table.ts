import type { Machine } from "./machine.ts";
import type { Measured, SizeResult } from "./run-bench.ts";

const seconds = (ms: number) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const mib = (bytes: number) => (bytes >= 100 * 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

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
    const eleventy = `bare Eleventy ${seconds(r.bareEleventy.wallMs)}`;
    rows.push([n, "`npm run build:site`, empty caches", seconds(r.siteBuildCold.wallMs), largest(r.siteBuildCold), eleventy, ratio(r.siteBuildCold.wallMs, r.bareEleventy.wallMs)]);
    rows.push([n, `\`npm run build:site\`, caches kept${runs}`, seconds(r.siteBuild.wallMs), largest(r.siteBuild), eleventy, ratio(r.siteBuild.wallMs, r.bareEleventy.wallMs)]);
    if (r.hugo === "not installed") rows.push([n, "", "", "", "Hugo: not installed", ""]);
    else rows.push([n, "", "", "", `Hugo ${seconds(r.hugo.wallMs)}, ${r.hugo.peakTreeRss > 0 ? mib(r.hugo.peakTreeRss) : "memory: ended before it could be sampled"}`, ratio(r.siteBuild.wallMs, r.hugo.wallMs)]);
    if (r.fullBuild && r.barePrint && r.fullBuildCold) {
      rows.push([n, "`npm run build`, empty caches", seconds(r.fullBuildCold.wallMs), largest(r.fullBuildCold), "", ""]);
      rows.push([n, `\`npm run build\`, fonts and share images kept, every PDF printed${runs}`, seconds(r.fullBuild.wallMs), largest(r.fullBuild), "", ""]);
      const pdfStage = r.fullBuild.wallMs - r.siteBuild.wallMs;
      const perPdf = pdfStage / r.briefings;
      rows.push([n, "PDF stage (the build above − build:site, caches kept), per PDF", `${seconds(pdfStage)}, ${seconds(perPdf)} each`, "", `bare Puppeteer print ${seconds(r.barePrint.wallMs)}, ${seconds(r.barePrint.wallMs / r.briefings)} each`, ratio(pdfStage, r.barePrint.wallMs)]);
      if (typeof r.weasyprintPerDocumentMs === "number") {
        rows.push([n, "", "", "", `WeasyPrint ${seconds(r.weasyprintPerDocumentMs)} per document (${r.weasyprintDocuments} timed)`, ratio(perPdf, r.weasyprintPerDocumentMs)]);
      } else rows.push([n, "", "", "", "WeasyPrint: not installed", ""]);
      if (r.fullBuildUnchanged) rows.push([n, "`npm run build`, every cache kept, nothing changed", seconds(r.fullBuildUnchanged.wallMs), largest(r.fullBuildUnchanged), `empty caches ${seconds(r.fullBuildCold.wallMs)}`, ratio(r.fullBuildUnchanged.wallMs, r.fullBuildCold.wallMs)]);
    } else {
      rows.push([n, "`npm run build` (PDFs)", "skipped: above BENCH_PDF_MAX", "", "", ""]);
    }
    rows.push([n, "edit one briefing, `npm run build:site`", seconds(r.incrementalSiteBuild.wallMs), largest(r.incrementalSiteBuild), `empty caches ${seconds(r.siteBuildCold.wallMs)}`, ratio(r.incrementalSiteBuild.wallMs, r.siteBuildCold.wallMs)]);
    if (r.incrementalFullBuild && r.fullBuildCold) {
      rows.push([n, "edit one briefing, `npm run build`", seconds(r.incrementalFullBuild.wallMs), largest(r.incrementalFullBuild), `empty caches ${seconds(r.fullBuildCold.wallMs)}`, ratio(r.incrementalFullBuild.wallMs, r.fullBuildCold.wallMs)]);
    }
    rows.push([n, "output", `site ${mib(r.bytes.site)}: fonts ${mib(r.bytes.fonts)}, PDFs ${r.fullBuild ? mib(r.bytes.pdfs) : "not built"}`, "", "", ""]);
  }
  const header = ["N", "work", "wall time", "peak memory: all processes, PSS (largest process, RSS)", "floor, same run", "ratio"];
  const lines = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`);
  const about = `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}; load average ${machine.loadAtStart} at the start`;
  return `${lines.join("\n")}\n\nMachine: ${about}.`;
}
