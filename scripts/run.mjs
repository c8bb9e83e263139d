// Runs one of the project's commands from JavaScript compiled once, not from TypeScript
// compiled on every start: `node scripts/run.mjs build-site` runs scripts/build-site.ts.
// The scripts, .eleventy.js and everything they import from src/ are bundled by esbuild into
// .cache/dist/ (code shared between a script and the Eleventy config sits in common chunks, so
// both use the same module instances, as under tsx). The bundle is made again whenever a
// source file is newer than it, so it is never stale. Plain JavaScript because it is what
// loads the TypeScript; measured in README ("Start-up").
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, ".cache", "dist");
const stamp = path.join(dist, "built-from-sources");
const [command, ...rest] = process.argv.slice(2);
const entry = path.join(root, "scripts", `${command}.ts`);
if (!command || !existsSync(entry)) {
  process.stderr.write(`usage: node scripts/run.mjs <command>, where scripts/<command>.ts exists (got "${command ?? ""}")\n`);
  process.exit(2);
}

/** The newest modification time of the code that goes into the bundle. */
function newestSource() {
  let newest = statSync(path.join(root, ".eleventy.js")).mtimeMs;
  const walk = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (/\.(ts|js|mjs|cjs|json)$/.test(item.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  walk(path.join(root, "src"));
  walk(path.join(root, "scripts"));
  newest = Math.max(newest, statSync(path.join(root, "package-lock.json")).mtimeMs);
  return newest;
}

// The bundle names files by absolute path, so one made in another folder (a moved or copied
// checkout) is made again too.
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== root || statSync(stamp).mtimeMs < newestSource()) {
  const { build } = await import("esbuild");
  const scripts = readdirSync(path.join(root, "scripts")).filter((name) => name.endsWith(".ts"));
  // Built beside the old bundle and swapped in, so a command running at the same time keeps its files.
  const next = `${dist}-next-${process.pid}`;
  await build({
    absWorkingDir: root,
    entryPoints: [...scripts.map((name) => `scripts/${name}`), ".eleventy.js"],
    outdir: next,
    outbase: root,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
  writeFileSync(path.join(next, "built-from-sources"), root);
  mkdirSync(path.dirname(dist), { recursive: true });
  const old = `${dist}-old-${process.pid}`;
  try {
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(next, dist);
  } catch {
    // Another command compiled the same sources at the same moment and swapped in its bundle.
    rmSync(next, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

// The build loads Eleventy's config from the compiled copy, not from .eleventy.js through tsx
// (src/tools/cli/environment.ts reads this, as it reads every setting of the environment).
process.env.BRIEFING_ELEVENTY_CONFIG = path.join(dist, ".eleventy.mjs");
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(path.join(dist, "scripts", `${command}.mjs`)).href);
