/** One thing wrong with the published site, as the quality gate reports it. */
export interface Finding {
  /** The file it is in, relative to the checked folder (forward slashes). */
  file: string;
  /** What is wrong, in one line. */
  problem: string;
}

/**
 * One line per finding, `file: problem`, in a stable order (by file, then text), so two runs
 * over the same site print the same report.
 */
export function formatFindings(findings: Finding[]): string[] {
  return [...findings]
    .sort((a, b) => (a.file === b.file ? a.problem.localeCompare(b.problem) : a.file.localeCompare(b.file)))
    .map((finding) => `${finding.file}: ${finding.problem}`);
}
