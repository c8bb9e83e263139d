import type { StageClock, StageTime } from "../../base/stage-clock.ts";

/** One of Eleventy's benchmarks: its time is wall time, added up over its calls. */
interface EleventyBenchmark {
  getTotal(): number;
  getTimesCalled(): number;
}

/** Eleventy's benchmark groups ("Aggregate", "Configuration"…), as UserConfig keeps them (3.1.8). */
export interface EleventyBenchmarks {
  getAll(): Record<string, { setIsVerbose(verbose: boolean): void; benchmarks?: Record<string, EleventyBenchmark> }>;
}

/** Files whose templates are the feeds: their render is the feeds' stage, not the pages'. */
const FEED_TEMPLATE = /[\\/]feeds[\\/]/;

/**
 * Splits the stage "Eleventy" (one `eleventy.write()`, wall and CPU) into what happened inside
 * it: the plugins' own stages (fonts, share images, search index, timed on the same clock while
 * Eleventy ran) are taken out of it, and Eleventy's own benchmarks say how long its templates,
 * feeds, transforms and file writes took. Those are Eleventy's wall times, added up per template
 * (renders of different templates overlap while they wait), so they carry no CPU time; what is
 * left of the Eleventy stage after them is its data cascade, collections and pagination.
 * @param clock the build's clock, with "Eleventy" just timed
 * @param before the clock's stages before `eleventy.write()` began
 * @param benchmarks Eleventy's benchmark manager of that run
 */
export function splitEleventyStage(clock: StageClock, before: readonly StageTime[], benchmarks: EleventyBenchmarks): void {
  const after = clock.stages();
  const eleventy = after.find((time) => time.stage === "Eleventy");
  if (!eleventy) return;
  const earlier = new Map(before.map((time) => [time.stage, time]));
  let pluginWall = 0;
  let pluginCpu = 0;
  for (const time of after) {
    if (time.stage === "Eleventy") continue;
    pluginWall += time.wallMs - (earlier.get(time.stage)?.wallMs ?? 0);
    pluginCpu += (time.cpuMs ?? 0) - (earlier.get(time.stage)?.cpuMs ?? 0);
  }
  const groups = benchmarks.getAll();
  const aggregate = Object.entries(groups.Aggregate?.benchmarks ?? {});
  const configuration = Object.entries(groups.Configuration?.benchmarks ?? {});
  const sum = (entries: Array<[string, EleventyBenchmark]>) => ({
    wallMs: entries.reduce((total, [, bench]) => total + bench.getTotal(), 0),
    calls: entries.reduce((total, [, bench]) => total + bench.getTimesCalled(), 0),
  });
  const renders = aggregate.filter(([name]) => /^> Render (Content|Layout) > /.test(name));
  const parts: StageTime[] = [
    { stage: "Eleventy: templates", ...sum(renders.filter(([name]) => !FEED_TEMPLATE.test(name))) },
    { stage: "Eleventy: feeds", ...sum(renders.filter(([name]) => FEED_TEMPLATE.test(name))) },
    { stage: "Eleventy: transforms", ...sum(configuration.filter(([name]) => name.endsWith(" Transform"))) },
    { stage: "Eleventy: writing files", ...sum(aggregate.filter(([name]) => name === "Template Write" || name === "Template make parent directory")) },
  ];
  const own = parts.reduce((total, part) => total + part.wallMs, 0);
  const rest: StageTime = {
    stage: "Eleventy: data, collections, pagination (the rest)",
    wallMs: Math.max(0, eleventy.wallMs - pluginWall - own),
    calls: 1,
  };
  // The whole stage keeps its CPU, less the plugins' stages counted on their own lines.
  clock.replace("Eleventy", { stage: "Eleventy, all but the plugins' stages", wallMs: eleventy.wallMs - pluginWall, cpuMs: (eleventy.cpuMs ?? 0) - pluginCpu, calls: 1 });
  for (const part of [...parts, rest]) clock.add(part);
}
