import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** What one command cost, measured from outside as a whole process tree. */
export interface ProcessCost {
  /** Wall time from spawn to exit, in milliseconds. */
  wallMs: number;
  /**
   * The largest memory of the whole tree at any sample, in bytes: the sum of each process's
   * proportional set size (PSS), so pages Chromium's processes share are counted once, not per process.
   */
  peakTreeRss: number;
  /** Each kind of process (its command name) with the peak RSS of its largest instance, in bytes. */
  peakByProcess: Record<string, number>;
  /**
   * CPU seconds of the whole tree, user and system, in milliseconds: what the command cost
   * the machine, which a shared machine's load changes far less than wall time. Read by GNU
   * time (/usr/bin/time), which adds up every process it waited for; absent without it.
   */
  cpu?: { userMs: number; systemMs: number };
  exitCode: number | null;
  /** The end of what it printed, for a failed command's report. */
  outputTail: string;
}

/** How often the process tree's memory is sampled. */
const SAMPLE_MS = 50;

/**
 * Runs a command as a separate process and measures its wall time and the peak memory of it
 * and every process it starts (npm, node, Chromium's many processes), by sampling /proc.
 * Each process's own high-water mark (VmHWM) is read at every sample, so its peak is caught
 * even between samples; the tree's total is as sampled.
 * @param command the program, e.g. "npm"
 * @param args its arguments
 * @param env the whole environment it runs in (the bench's own, given by its entry, plus its settings)
 */
export function timeProcess(command: string, args: string[], env: Readonly<Record<string, string | undefined>>): Promise<ProcessCost> {
  const scratch = existsSync(GNU_TIME) ? mkdtempSync(path.join(tmpdir(), "briefing-time-")) : undefined;
  const cpuFile = scratch && path.join(scratch, "cpu");
  const [program, ...programArgs] = cpuFile ? [GNU_TIME, "-f", "%U %S", "-o", cpuFile, command, ...args] : [command, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(program!, programArgs, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let peakTreeRss = 0;
    const peakByPid = new Map<number, { name: string; hwm: number }>();
    const sample = () => {
      if (child.pid === undefined) return;
      let total = 0;
      for (const pid of descendants(child.pid)) {
        const status = readStatus(pid);
        if (!status) continue;
        total += proportionalSize(pid) ?? status.rss;
        const seen = peakByPid.get(pid);
        if (!seen || status.hwm > seen.hwm) peakByPid.set(pid, { name: status.name, hwm: status.hwm });
      }
      peakTreeRss = Math.max(peakTreeRss, total);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on("error", (error) => {
      clearInterval(timer);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      reject(error);
    });
    child.on("exit", (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      const peakByProcess: Record<string, number> = {};
      for (const { name, hwm } of peakByPid.values()) peakByProcess[name] = Math.max(peakByProcess[name] ?? 0, hwm);
      const cpu = cpuFile ? readCpu(cpuFile) : undefined;
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve({ wallMs, peakTreeRss, peakByProcess, cpu, exitCode, outputTail: output });
    });
  });
}

/** GNU time, which reports the CPU time of a command and every process it started. */
const GNU_TIME = "/usr/bin/time";

/** The "user system" seconds GNU time wrote (its last line: a failed command's status line comes first). */
function readCpu(file: string): ProcessCost["cpu"] {
  try {
    const [user, system] = readFileSync(file, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    return user === undefined || system === undefined || Number.isNaN(user + system) ? undefined : { userMs: user * 1000, systemMs: system * 1000 };
  } catch {
    return undefined;
  }
}

/** A process and all its descendants, from each process's parent in /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may contain spaces; the parent's pid is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(entry));
      children.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function proportionalSize(pid: number): number | undefined {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

function readStatus(pid: number): { name: string; rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { name: /^Name:\s+(.+)$/m.exec(status)?.[1]?.trim() ?? "?", rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return undefined;
  }
}
