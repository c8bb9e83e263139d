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
});
