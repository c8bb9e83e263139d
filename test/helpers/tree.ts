import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * A folder's whole content as `relative path → mode and SHA-256`, folders included, so two
 * snapshots are equal only when the tree is the same byte for byte.
 * @param root the folder
 */
export function snapshotTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      const key = path.relative(root, full);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isDirectory()) {
        out[`${key}/`] = mode;
        walk(full);
      } else out[key] = `${mode} ${createHash("sha256").update(readFileSync(full)).digest("hex")}`;
    }
  };
  walk(root);
  return out;
}
