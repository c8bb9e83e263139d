/**
 * Runs a task several times, one after another, after one warm-up run.
 * @param runs how many measured runs
 * @param task the work to time
 * @returns each run's duration in milliseconds
 */
export async function benchmark(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Summarises durations as median, fastest and slowest, e.g. "median 612 ms (580–700 ms)".
 * @param samples durations in milliseconds
 */
export function describeSamples(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const ms = (n: number) => `${Math.round(n)} ms`;
  return `median ${ms(median)} (${Math.round(sorted[0]!)}–${ms(sorted.at(-1)!)})`;
}
