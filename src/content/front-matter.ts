/** A Markdown file split into its YAML front matter and its body. */
export interface FrontMatterSplit {
  yaml: string;
  body: string;
  /** The file line on which the YAML starts. */
  yamlLine: number;
  /** The file line on which the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits `---`-fenced front matter from a Markdown file.
 * @param text the file's text
 * @returns the parts, or undefined when the file has no front matter
 */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const match = FENCE.exec(text.replace(/^\uFEFF/, ""));
  if (!match) return undefined;
  const yaml = match[1] ?? "";
  return {
    yaml,
    body: text.replace(/^\uFEFF/, "").slice(match[0].length),
    yamlLine: 2,
    bodyLine: 2 + yaml.split("\n").length + 1,
  };
}
