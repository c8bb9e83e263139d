import { lstatSync } from "node:fs";
import { ContentError } from "../base/content-error.ts";
import { displayPath } from "../base/display-path.ts";

/**
 * Refuses a content file or folder that is a link. A symbolic link (or a hard link, a second
 * name for a file kept elsewhere) would let a change to a briefing folder publish any file the
 * build machine can read: a secrets file linked as a section would appear on every page and in
 * every feed. The message names the link only, never where it points or what it holds.
 * @param file the file or folder as named inside the briefings folder
 * @throws ContentError naming the link and the fix
 */
export function refuseLinks(file: string): void {
  const stats = lstatSync(file, { throwIfNoEntry: false });
  if (!stats) return;
  if (stats.isSymbolicLink()) {
    throw new ContentError([
      {
        file: displayPath(file),
        message: "this is a symbolic link; the build reads only files kept in the briefing's own folder, never where a link points. Replace the link with a copy of the file (or folder) itself",
      },
    ]);
  }
  if (stats.isFile() && stats.nlink > 1) {
    throw new ContentError([
      {
        file: displayPath(file),
        message: `this file is a hard link (one of ${stats.nlink} names for the same file, the others outside what the build reads); replace it with a copy of its own, e.g. cp file file.copy && mv file.copy file`,
      },
    ]);
  }
}
