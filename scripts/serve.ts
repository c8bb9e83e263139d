// `npm run serve`: Eleventy's own command line (`--serve`: build, watch, live-reloading server;
// its arguments, such as --port, pass through), given the Eleventy config that scripts/run.mjs
// compiled, so the preview starts from JavaScript like every other command instead of loading
// .eleventy.js and src/ through tsx. Its two plugins are in src/tools/serve/.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../src/base/project-root.ts";
import { eleventyConfigFrom } from "../src/tools/cli/environment.ts";

process.argv.push("--serve", `--config=${eleventyConfigFrom(process.env)}`);
// By path: Eleventy's package exports only its programmatic API, not the command line.
await import(pathToFileURL(path.join(projectRoot(), "node_modules", "@11ty", "eleventy", "cmd.cjs")).href);
