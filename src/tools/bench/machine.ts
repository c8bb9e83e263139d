import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { findBrowser } from "../../base/launch-browser.ts";

/** The machine a benchmark ran on, stated next to its numbers. */
export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** The 1-minute load average when the run started: other work on the machine skews timings. */
  loadAtStart: number;
}

/**
 * Describes this machine: cores, CPU model, memory, Node, Chromium and the load.
 * @param executablePath the browser the user named (PUPPETEER_EXECUTABLE_PATH), if any
 */
export function describeMachine(executablePath?: string): Machine {
  let chromium = "not found";
  try {
    chromium = execFileSync(findBrowser(executablePath), ["--version"], { encoding: "utf8" }).trim();
  } catch {
    // Reported as not found; the PDF part of the bench will say why.
  }
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadAtStart: Math.round(loadavg()[0]! * 10) / 10,
  };
}
