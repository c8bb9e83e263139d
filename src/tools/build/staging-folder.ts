import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { UserFacingError } from "../../base/user-facing-error.ts";
import { displayPath } from "../../base/display-path.ts";

/**
 * A build writes into a staging folder next to `output/` and swaps it in only when all of it
 * is written, so readers never see half a site and a failed build leaves the old one.
 * The staging folder is named `.output-next-<pid>-<random>`: the process id tells a later
 * build whether the build that made it is still running.
 */

/** `.output-next-` for output/. */
function stagingPrefix(outputDir: string): string {
  return `.${path.basename(outputDir)}-next-`;
}

/**
 * Creates the staging folder for a build of `outputDir`, after removing staging folders left
 * by builds that were killed (whose process no longer runs). It is created with the
 * ordinary permissions (0777 less the umask, so usually 0755), never a private temporary
 * folder's 0700, because it becomes `output/`, which a web server must be able to read.
 * @param outputDir the folder the site will be published as
 * @returns the staging folder's path
 * @throws UserFacingError when the folder that holds `outputDir` cannot be written
 */
export function createStagingFolder(outputDir: string): string {
  const parent = path.dirname(outputDir);
  try {
    mkdirSync(parent, { recursive: true });
    accessSync(parent, constants.W_OK);
  } catch (error) {
    throw cannotPublish(outputDir, error, "before building anything");
  }
  removeStaleStagingFolders(outputDir);
  const staging = path.join(parent, `${stagingPrefix(outputDir)}${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    mkdirSync(staging, { mode: 0o777 });
  } catch (error) {
    throw cannotPublish(outputDir, error, "before building anything");
  }
  return staging;
}

/**
 * Removes the staging folders of earlier builds of `outputDir` that were killed before they
 * could clean up (SIGKILL, a power cut). Folders of builds still running are left alone.
 * @param outputDir the folder the site is published as
 */
export function removeStaleStagingFolders(outputDir: string): void {
  const parent = path.dirname(outputDir);
  const prefix = stagingPrefix(outputDir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (pid === process.pid || (pid && isRunning(pid))) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Swaps a finished staging folder in for `outputDir`. The renames are synchronous, so an
 * interrupt cannot fall between them; if the second fails, the old site is put back.
 * The old site is then removed by a process of its own, so the build does not wait for it (a
 * site of a thousand briefings is 15,000 files: seconds of deleting). That is best effort: the
 * new site is already published, and a copy left behind is removed by the next build, as a
 * staging folder of a build no longer running.
 * @param staging the finished staging folder
 * @param outputDir the folder to publish as
 * @param warn where to say that an old copy could not be removed
 * @throws UserFacingError saying what to fix; the old site is then still in place, and the staging folder removed
 */
export function publishStagingFolder(staging: string, outputDir: string, warn: (line: string) => void = (line) => console.warn(line)): void {
  const previous = `${staging}-previous`;
  const hadOutput = existsSync(outputDir);
  try {
    if (hadOutput) renameSync(outputDir, previous);
  } catch (error) {
    throw cannotPublish(outputDir, error, "after building it");
  }
  try {
    renameSync(staging, outputDir);
  } catch (error) {
    if (hadOutput) renameSync(previous, outputDir);
    throw cannotPublish(outputDir, error, "after building it");
  }
  if (hadOutput) removeInBackground(previous, warn);
}

/**
 * Removes a folder from a detached process that outlives this one, or here and now when no
 * process can be started.
 */
function removeInBackground(folder: string, warn: (line: string) => void): void {
  try {
    const remover = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", folder], {
      detached: true,
      stdio: "ignore",
    });
    remover.on("error", () => removeNow(folder, warn));
    remover.unref();
  } catch {
    removeNow(folder, warn);
  }
}

function removeNow(folder: string, warn: (line: string) => void): void {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch (error) {
    warn(`The new site is published, but the old copy in ${displayPath(folder)} could not be removed (${describe(error)}); delete it by hand.`);
  }
}

function cannotPublish(outputDir: string, error: unknown, when: string): UserFacingError {
  const output = `${displayPath(outputDir)}/`;
  const parent = `${displayPath(path.dirname(outputDir))}/`;
  return new UserFacingError(
    `Nothing was published: could not write the site to ${output} ${when} (${describe(error)}). ` +
      `A build writes the new site beside ${output} and swaps it in, so it must be able to create and rename folders in ${parent}: ` +
      `make that folder writable by this user, or set BUILD_OUTPUT_DIR to a folder that is. The site already in ${output} is as it was.`,
    { cause: error },
  );
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "the file system is read-only",
    ENOTEMPTY: "a folder in the way is not empty",
    EEXIST: "a folder in the way already exists",
    EBUSY: "the folder is in use or a mount point",
    ENOSPC: "the disk is full",
  };
  return code ? `${known[code] ?? code}, ${code}` : String(error);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
