/** The time one stage of a build took: wall time and, where the stage ran alone, CPU time. */
export interface StageTime {
  stage: string;
  wallMs: number;
  /** User + system CPU of the whole process while the stage ran; absent for figures taken from Eleventy's own benchmarks. */
  cpuMs?: number;
  /** How many times the stage ran (Eleventy's benchmarks count each call). */
  calls: number;
}

/**
 * Adds up the time a build spends in each of its stages, so `npm run bench` can say where a
 * build's seconds go (issue 21). Stages of the same name add up: the fonts are cut once per
 * Eleventy run and checked once after it. CPU time is the process's, so it is exact only for
 * a stage nothing else runs beside; the build's stages run one after another.
 */
export class StageClock {
  readonly #stages = new Map<string, StageTime>();

  /**
   * Runs `work` and adds its wall and CPU time to `stage`.
   * @param stage what the work is, as the bench prints it ("fonts")
   * @param work the stage itself, synchronous or not
   */
  async time<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await work();
    } finally {
      const used = process.cpuUsage(cpu);
      this.add({ stage, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000, calls: 1 });
    }
  }

  /**
   * {@link time} for synchronous work, whose result is needed at once.
   * @param stage what the work is
   * @param work the stage itself
   */
  timeSync<T>(stage: string, work: () => T): T {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    try {
      return work();
    } finally {
      const used = process.cpuUsage(cpu);
      this.add({ stage, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000, calls: 1 });
    }
  }

  /**
   * Adds a time measured elsewhere (Eleventy's benchmarks) to a stage.
   * @param time the stage and its time
   */
  add(time: StageTime): void {
    const known = this.#stages.get(time.stage);
    if (!known) {
      this.#stages.set(time.stage, { ...time });
      return;
    }
    known.wallMs += time.wallMs;
    known.calls += time.calls;
    if (time.cpuMs !== undefined) known.cpuMs = (known.cpuMs ?? 0) + time.cpuMs;
  }

  /**
   * Puts `time` in the place of the stage `stage`, where it was first timed.
   * @param stage the stage replaced
   * @param time what stands there instead, under its own name
   */
  replace(stage: string, time: StageTime): void {
    const entries = [...this.#stages.entries()].map(([name, known]): [string, StageTime] => (name === stage ? [time.stage, { ...time }] : [name, known]));
    this.#stages.clear();
    for (const [name, known] of entries) this.#stages.set(name, known);
  }

  /** Every stage, in the order each was first timed. */
  stages(): StageTime[] {
    return [...this.#stages.values()].map((time) => ({ ...time }));
  }
}
