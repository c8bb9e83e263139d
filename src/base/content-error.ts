/** One thing wrong in a content file, located as precisely as we can. */
export interface ContentProblem {
  /** The file, relative to the project. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** The field, as a path such as `figures[3].value`, when the problem is in data. */
  field?: string;
  /** What is wrong and what would fix it. */
  message: string;
}

/**
 * A mistake in a briefing's content. Its message is written for the person
 * editing the content: file, line, field and what would fix it, never a stack trace.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(describeProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Renders problems as the lines a content editor reads, e.g. `src/briefings/x/briefing.yaml:12 figures[3].value: expected a number`. */
export function describeProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.line ? `${p.file}:${p.line}` : p.file;
    return `  ${where}${p.field ? ` ${p.field}` : ""}: ${p.message}`;
  });
  const noun = problems.length === 1 ? "problem" : "problems";
  return `Nothing was published: the content or settings have ${problems.length} ${noun} to fix:\n${lines.join("\n")}`;
}
