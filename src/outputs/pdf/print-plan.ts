import { UserFacingError } from "../../base/user-facing-error.ts";

/** One share of the print work: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** What `npm run build` was asked to do with the PDFs. */
export interface PrintPlan {
  /** Print only this share of the PDFs, into the cache folder, and publish nothing. */
  shard?: Shard;
  /** Assemble the site from PDFs that shards printed into these folders; print nothing. */
  merge?: string[];
}

const USAGE = "npm run build [-- --shard <i>/<n> | -- --merge <folder> <folder> …]";

/**
 * Reads the build's command-line options: `--shard i/n` or `--merge <folders…>`.
 * @param args the arguments after the script's name
 * @throws UserFacingError for anything else, with the usage
 */
export function parsePrintPlan(args: string[]): PrintPlan {
  const plan: PrintPlan = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--shard" || arg.startsWith("--shard=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      const match = /^(\d+)\/(\d+)$/.exec(value ?? "");
      const index = Number(match?.[1]);
      const count = Number(match?.[2]);
      if (!match || count < 1 || index < 1 || index > count) throw new UserFacingError(`--shard takes <i>/<n> with 1 ≤ i ≤ n, such as 1/4, not ${JSON.stringify(value ?? "")}. Usage: ${USAGE}`);
      plan.shard = { index, count };
    } else if (arg === "--merge") {
      const folders: string[] = [];
      while (i + 1 < args.length && !args[i + 1]!.startsWith("--")) folders.push(args[++i]!);
      if (folders.length === 0) throw new UserFacingError(`--merge takes the folders the shards printed into. Usage: ${USAGE}`);
      plan.merge = folders;
    } else {
      throw new UserFacingError(`Unknown option ${JSON.stringify(arg)}. Usage: ${USAGE}`);
    }
  }
  if (plan.shard && plan.merge) throw new UserFacingError(`--shard and --merge are separate steps: print each shard, then merge. Usage: ${USAGE}`);
  return plan;
}

/**
 * The PDFs one shard prints: their keys (pdfKey: each briefing's and each of its editions')
 * sorted, every n-th from the i-th, so every machine splits the same list the same way, whatever
 * order it found them in.
 * @param keys every PDF, by pdfKey
 * @param shard the share, or undefined for all
 */
export function briefingsOfShard(keys: string[], shard: Shard | undefined): string[] {
  const sorted = [...keys].sort();
  return shard ? sorted.filter((_, position) => position % shard.count === shard.index - 1) : sorted;
}
