/**
 * What marks a test file not in the list of slow files as likely slow: it builds a site, starts a
 * command or drives Chromium. Such a file is started before the unit tests, so it is not the run's tail.
 */
const LIKELY_SLOW = /\b(buildSite|runScript|spawn|execFile|useSiteInChromium|connectSharedBrowser|useSharedBrowser|printBriefings)\(/;

/**
 * Orders test files for two or more workers that each take the next file as they free up: the
 * known-slow files first, longest first, then other files that build, print or start processes,
 * then the rest, each group in the order given.
 * @param files the files' paths from the repository's root, in Vitest's own order
 * @param slow seconds each known-slow file took, by path
 * @param source reads a file's text, to spot one that is likely slow
 * @returns the same paths, reordered
 */
export function slowFirst(files: readonly string[], slow: Readonly<Record<string, number>>, source: (file: string) => string): string[] {
  const rank = new Map(files.map((file) => [file, slow[file] ?? (LIKELY_SLOW.test(source(file)) ? 0 : -1)]));
  // Array.prototype.sort is stable: files of equal rank keep the order given.
  return [...files].sort((a, b) => rank.get(b)! - rank.get(a)!);
}
