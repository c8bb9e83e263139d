import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./project-root.ts";

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`. */
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** Fingerprints made so far in this process: the code cannot change under a running process. */
const made = new Map<string, string>();

/**
 * A hash of the code that makes a cache's entries: the given modules, every project module they
 * import (followed through relative imports, at any depth), and the installed version of every
 * package they import. A cache keyed by it never hands out an entry made by other code, whether
 * the change was to the module itself, to a helper it uses, or to a package (`npm ci` after a
 * lock-file change). Comments count too: a fingerprint errs on the side of a miss.
 * @param entries the modules, relative to the project (e.g. `src/outputs/pdf/print-briefings.ts`)
 * @param root the project folder; the project's own by default
 * @returns a hex SHA-256
 */
export function codeFingerprint(entries: readonly string[], root = projectRoot()): string {
  const key = `${root}\0${entries.join("\0")}`;
  const known = made.get(key);
  if (known) return known;
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => path.resolve(root, entry));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    // A specifier in a comment may name nothing; only files that exist are code.
    if (modules.has(file) || !existsSync(file)) continue;
    modules.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(SPECIFIERS)) {
      const specifier = match[1]!;
      if (specifier.startsWith(".")) queue.push(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith("node:")) packages.add(packageName(specifier));
    }
  }
  const hash = createHash("sha256");
  for (const file of [...modules].sort()) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update("\0");
  for (const name of [...packages].sort()) hash.update(`${name}@${installedVersion(root, name)}\0`);
  const fingerprint = hash.digest("hex");
  made.set(key, fingerprint);
  return fingerprint;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The version of an installed package, or "" for a name that is not a package (a Node built-in). */
function installedVersion(root: string, name: string): string {
  const manifest = path.join(root, "node_modules", name, "package.json");
  if (!existsSync(manifest)) return "";
  return String((JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown }).version ?? "");
}
