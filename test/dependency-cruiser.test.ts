import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** What `npm run layers` runs, in a copy of the project's code. */
function cruise(root: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [path.resolve("node_modules/dependency-cruiser/bin/dependency-cruise.mjs"), "src", "scripts", ".eleventy.js", "--config", ".dependency-cruiser.cjs", "--ignore-known", ".dependency-cruiser-known-violations.json"],
    { cwd: root, encoding: "utf8" },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the code and the layer rules, with the project's packages, to break freely. */
function copyOfProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), "briefing-layers-"));
  for (const item of ["src", "scripts", ".eleventy.js", "tsconfig.json", ".dependency-cruiser.cjs", ".dependency-cruiser-known-violations.json"]) {
    // The briefings and the site's templates hold no code; copying them would only take time.
    cpSync(item, path.join(root, item), { recursive: true, filter: (from) => !/^src\/(briefings|site)(\/|$)/.test(path.relative(".", from)) });
  }
  symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

describe("the layer rules (.dependency-cruiser.cjs)", () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  // `npm run layers`, which npm test runs before Vitest, shows the rules pass on the code as it
  // is. Here every kind of fault is planted in one copy and found in one run: each cruise of the
  // whole code takes seconds.
  it("fail on an upward import planted in base, an output that imports an Eleventy plugin, and two modules that import each other, naming each rule and import", () => {
    const root = copyOfProject();
    copies.push(root);
    appendFileSync(path.join(root, "src/base/display-path.ts"), '\nexport { runCommand } from "../tools/cli/run-command.ts";\n');
    appendFileSync(path.join(root, "src/outputs/feeds/json-feed.ts"), '\nexport type { EleventyConfig } from "../eleventy/eleventy-config.ts";\n');
    appendFileSync(path.join(root, "src/render/html/escape-html.ts"), '\nexport { editFragment } from "./edit-fragment.ts";\n');
    appendFileSync(path.join(root, "src/render/html/edit-fragment.ts"), '\nexport { escapeHtml } from "./escape-html.ts";\n');
    const result = cruise(root);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("base-imports-only-below: src/base/display-path.ts → src/tools/cli/run-command.ts");
    expect(result.output).toContain("eleventy-plugins-only-from-tools: src/outputs/feeds/json-feed.ts → src/outputs/eleventy/eleventy-config.ts");
    expect(result.output).toMatch(/no-circular: src\/render\/html\/(escape-html|edit-fragment)\.ts →/);
  });
});
