import path from "node:path";

/**
 * A path relative to the working directory, as people see it in their editor; a path outside
 * it stays as given, since `../../tmp/x` would only make it harder to find.
 * @param file an absolute or relative path
 */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
}
