import { readFileSync, readdirSync } from "node:fs";

/**
 * Every process descended from `pid` (children, grandchildren, …), read from /proc.
 * Chromium's processes are found this way even after it moves into its own process group.
 * @param pid the ancestor
 */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The command name of a process (`chromium`, `node`), or undefined once it is gone. */
export function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** The command line of a process, split into its arguments, or undefined once it is gone. */
export function argumentsOf(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter((arg) => arg !== "");
  } catch {
    return undefined;
  }
}

/**
 * Whether a process is a browser Puppeteer started: Chromium's main process, which Puppeteer
 * talks to over the DevTools protocol, not one of its helpers (`--type=renderer`, …) nor a
 * `chromium --version` asked for the browser's version.
 * @param pid a process whose command name is `chromium`
 */
export function isBrowser(pid: number): boolean {
  const args = argumentsOf(pid) ?? [];
  return args.some((arg) => arg.startsWith("--remote-debugging")) && !args.some((arg) => arg.startsWith("--type="));
}

/**
 * Whether a process is still running: it exists and is not a zombie waiting to be reaped
 * (a killed Chromium whose parent exited is re-parented and may linger as a zombie).
 */
export function isRunning(pid: number): boolean {
  const state = statOf(pid)?.[2];
  return state !== undefined && state !== "Z" && state !== "X";
}

function parentOf(pid: number): number | undefined {
  const parent = statOf(pid)?.[3];
  return parent === undefined ? undefined : Number(parent);
}

/** The fields of /proc/<pid>/stat after the command name (which may contain spaces). */
function statOf(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return ["", "", ...stat.slice(stat.lastIndexOf(")") + 2).split(" ")];
  } catch {
    return undefined;
  }
}
