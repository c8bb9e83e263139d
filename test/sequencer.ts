import { readFileSync } from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { slowFirst } from "./helpers/slow-first.ts";
import { SLOW_FILES } from "./slow-files.ts";

/**
 * Starts the slow test files first, longest first (test/helpers/slow-first.ts). With two workers
 * taking the next file as each frees up, long files started first let both finish together;
 * Vitest's own order on a fresh clone (no results cache) is by file size, which started
 * `build-shards` (68 lines, 51 s) 56th of 122 in CI.
 */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const byPath = new Map(base.map((spec) => [path.relative(this.ctx.config.root, spec.moduleId).split(path.sep).join("/"), spec]));
    const root = this.ctx.config.root;
    return slowFirst([...byPath.keys()], SLOW_FILES, (file) => readFileSync(path.join(root, file), "utf8")).map((file) => byPath.get(file)!);
  }
}
