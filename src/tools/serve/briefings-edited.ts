import path from "node:path";

/** Which briefings to print: some, by folder name, or every one the site has a print edition of. */
export type PrintRequest = string[] | "all";

/**
 * The briefings a set of changed files belongs to: a file inside `<briefingsDir>/<slug>/` names
 * that briefing; any other file (a template, a stylesheet, the labels) may change them all.
 * @param files the changed files, as Eleventy's watcher reports them
 * @param briefingsDir the folder of briefings
 */
export function briefingsEdited(files: string[], briefingsDir: string): PrintRequest {
  const root = path.resolve(briefingsDir);
  const slugs = new Set<string>();
  for (const file of files) {
    const relative = path.relative(root, path.resolve(file));
    if (relative.startsWith("..") || path.isAbsolute(relative)) return "all";
    const [slug] = relative.split(path.sep);
    if (!slug || slug === relative) return "all";
    slugs.add(slug);
  }
  return [...slugs];
}
