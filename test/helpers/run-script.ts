import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

/** What a command-line script printed and how it ended. */
export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's scripts the way `npm run` does (`node scripts/run.mjs <name>`, from
 * the compiled bundle), in the project folder.
 * @param script e.g. "scripts/build-site.ts"
 * @param env extra environment variables
 */
export function runScript(script: string, env: Record<string, string> = {}, args: string[] = []): ScriptResult {
  const name = path.basename(script, ".ts");
  const result = spawnSync(process.execPath, ["scripts/run.mjs", name, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * {@link runScript} without blocking, for scripts that may run side by side.
 * @param script e.g. "scripts/build.ts"
 * @param env extra environment variables
 */
export function runScriptInBackground(script: string, env: Record<string, string> = {}, args: string[] = []): Promise<ScriptResult> {
  const name = path.basename(script, ".ts");
  const child = spawn(process.execPath, ["scripts/run.mjs", name, ...args], { env: { ...process.env, ...env }, timeout: 300_000 });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
