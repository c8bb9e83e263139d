// `npm run bench`: times the commands a user runs, as whole processes, on N synthetic
// briefings (BENCH_SIZES, default 1,100,1000), against floors timed in the same run; prints a
// table and writes src/tools/bench/results/latest.json. Measured here, never asserted in tests.
// The work is in src/tools/bench/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { UserFacingError } from "../src/base/user-facing-error.ts";
import { runCommand } from "../src/tools/cli/run-command.ts";
import { benchTable } from "../src/tools/bench/bench-table.ts";
import { describeMachine } from "../src/tools/bench/machine.ts";
import { BENCH_RESULTS_FILE, runBench, toolVersion } from "../src/tools/bench/run-bench.ts";

/** Reads a whole-number setting from the environment, or stops naming it. */
function setting(name: string, fallback: string): number[] {
  const values = (process.env[name] ?? fallback).split(",").map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isInteger(v) || v < 0)) throw new UserFacingError(`${name} must be whole numbers separated by commas, e.g. ${fallback}; found "${process.env[name]}".`);
  return values;
}

await runCommand(async () => {
  const sizes = setting("BENCH_SIZES", "1,100,1000");
  const [runs = 3] = setting("BENCH_RUNS", "3");
  const [pdfMax = 100] = setting("BENCH_PDF_MAX", "100");
  const [weasyprintMax = 5] = setting("BENCH_WEASYPRINT_MAX", "5");
  const machine = describeMachine(process.env.PUPPETEER_EXECUTABLE_PATH);
  const work = mkdtempSync(path.join(tmpdir(), "briefing-bench-"));
  try {
    console.log(`bench: N = ${sizes.join(", ")}; PDFs up to ${pdfMax} briefings; ${runs} runs at N ≤ 10`);
    const results = await runBench({ sizes, runs, pdfMax, weasyprintMax, work, log: (line) => console.log(line), env: process.env, executablePath: process.env.PUPPETEER_EXECUTABLE_PATH });
    const table = benchTable(results, machine);
    console.log(`\n${table}`);
    mkdirSync(path.dirname(BENCH_RESULTS_FILE), { recursive: true });
    const floors = { hugo: toolVersion("hugo", ["version"]), weasyprint: toolVersion("weasyprint", ["--version"]) };
    writeFileSync(BENCH_RESULTS_FILE, `${JSON.stringify({ date: new Date().toISOString(), machine, floors, settings: { sizes, runs, pdfMax, weasyprintMax }, results }, (key, value: unknown) => (key === "sample" ? undefined : value), 2)}\n`);
    console.log(`\nbench: wrote ${BENCH_RESULTS_FILE}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
