import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { timeProcess } from "../../../../src/tools/bench/time-process.ts";

describe("timing a command as a whole process tree", () => {
  it("measures wall time, the exit code and the peak memory of a grandchild process", async () => {
    // A shell that starts node, which holds 200 MiB of touched memory for half a second.
    const script = "const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => console.log(b.length), 500);";
    const cost = await timeProcess("sh", ["-c", `${process.execPath} -e '${script}'; exit 3`], process.env);
    expect(cost.exitCode).toBe(3);
    expect(cost.wallMs).toBeGreaterThanOrEqual(500);
    expect(cost.peakByProcess.node).toBeGreaterThanOrEqual(200 * 2 ** 20);
    expect(cost.peakTreeRss).toBeGreaterThanOrEqual(150 * 2 ** 20);
    expect(cost.outputTail.trim()).toBe(String(200 * 2 ** 20));
  });

  it.runIf(existsSync("/usr/bin/time"))("adds up the CPU time of every process in the tree, not only the first", async () => {
    // Two grandchildren, one after the other, each spinning for 300 ms of CPU.
    const spin = "const end = process.cpuUsage().user + 300000; while (process.cpuUsage().user < end);";
    const cost = await timeProcess("sh", ["-c", `${process.execPath} -e '${spin}'; ${process.execPath} -e '${spin}'`], process.env);
    expect(cost.exitCode).toBe(0);
    expect(cost.cpu!.userMs).toBeGreaterThanOrEqual(550);
  });
});
