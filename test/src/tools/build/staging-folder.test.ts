import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../../src/tools/build/build-site.ts";
import { createStagingFolder, publishStagingFolder, removeStaleStagingFolders } from "../../../../src/tools/build/staging-folder.ts";
import { UserFacingError } from "../../../../src/base/user-facing-error.ts";
import { tempDir, VALID_BRIEFINGS } from "../../../helpers/fixtures.ts";
import { snapshotTree } from "../../../helpers/tree.ts";
import { testProject } from "../../../helpers/project.ts";

/** The permissions the umask gives new folders and files. */
function umaskModes(): { dir: number; file: number } {
  const mask = process.umask();
  return { dir: 0o777 & ~mask, file: 0o666 & ~mask };
}

/** A small published site to protect: nested folders, text and bytes. */
function publishOld(output: string): void {
  mkdirSync(path.join(output, "trade-note"), { recursive: true });
  writeFileSync(path.join(output, "index.html"), "<p>the published site</p>");
  writeFileSync(path.join(output, "trade-note", "trade-note.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255]));
}

describe("publishing a build", () => {
  const work = tempDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("publishes folders and files readable by others (the umask's modes, not a temporary folder's 0700)", async () => {
    const output = path.join(work, "readable", "output");
    await buildSite({ outputDir: output, project: testProject({ briefingsDir: VALID_BRIEFINGS }), quiet: true });
    const { dir, file } = umaskModes();
    const modes = Object.entries(snapshotTree(output)).map(([name, value]) => [name, Number.parseInt(value.split(" ")[0]!, 8)] as const);
    expect(modes.length).toBeGreaterThan(100);
    expect(modes.filter(([name, mode]) => mode !== (name.endsWith("/") ? dir : file))).toEqual([]);
    expect(statSync(output).mode & 0o777).toBe(dir);
    expect(dir & 0o055).toBe(0o055 & ~process.umask());
  });

  it("keeps the published site byte for byte and removes the staging folder when the swap fails", async () => {
    const parent = path.join(work, "swap");
    const output = path.join(parent, "output");
    publishOld(output);
    const before = snapshotTree(output);
    const build = buildSite({
      outputDir: output,
      project: testProject({ briefingsDir: VALID_BRIEFINGS }),
      quiet: true,
      // Between rendering and publishing, something occupies the name the old site is moved to.
      printPdfs: async (staging) => {
        mkdirSync(path.join(`${staging}-previous`, "in-the-way"), { recursive: true });
        // The build states each printed PDF's size, so stand in a real (one-page) PDF for the print.
        const pdf = await PDFDocument.create();
        pdf.addPage();
        writeFileSync(path.join(staging, "trade-note", "trade-note.pdf"), await pdf.save());
      },
    });
    await expect(build).rejects.toThrow(UserFacingError);
    await expect(build).rejects.toThrow(/Nothing was published: could not write the site to .*output\/ after building it \(a folder in the way/);
    expect(snapshotTree(output)).toEqual(before);
    expect(readdirSync(parent).filter((name) => !name.endsWith("-previous"))).toEqual(["output"]);
  });

  it("publishes the new site at once and removes the old one in the background, leaving nothing behind", async () => {
    const parent = path.join(work, "background");
    const output = path.join(parent, "output");
    publishOld(output);
    const staging = createStagingFolder(output);
    writeFileSync(path.join(staging, "index.html"), "<p>the new site</p>");
    publishStagingFolder(staging, output);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("<p>the new site</p>");
    expect(existsSync(path.join(output, "trade-note"))).toBe(false);
    // The old copy goes within moments, removed by a process of its own.
    for (let waited = 0; readdirSync(parent).length > 1 && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(parent)).toEqual(["output"]);
  });

  it("removes staging folders left by killed builds, and keeps those of builds still running", () => {
    const parent = path.join(work, "stale");
    const output = path.join(parent, "output");
    publishOld(output);
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid!;
    const left = [`.output-next-${dead}-0badc0de`, ".output-next-AbC123", `.output-next-${dead}-0badc0de-previous`];
    const running = `.output-next-${process.ppid}-1234abcd`;
    for (const name of [...left, running]) mkdirSync(path.join(parent, name, "trade-note"), { recursive: true });
    removeStaleStagingFolders(output);
    expect(readdirSync(parent).sort()).toEqual([running, "output"].sort());
  });

  it("creates the staging folder beside the output, named for this process", () => {
    const output = path.join(work, "named", "output");
    const staging = createStagingFolder(output);
    expect(path.dirname(staging)).toBe(path.dirname(output));
    expect(path.basename(staging)).toMatch(new RegExp(`^\\.output-next-${process.pid}-[0-9a-f]{8}$`));
    expect(statSync(staging).mode & 0o777).toBe(umaskModes().dir);
  });

  it("refuses, before building, to publish into a folder it cannot write, naming the folder and the fix", () => {
    const parent = path.join(work, "read-only", "parent");
    const output = path.join(parent, "output");
    publishOld(output);
    const before = snapshotTree(output);
    chmodSync(parent, 0o555);
    chmodSync(work, 0o755);
    // Root may write anywhere, so the build runs as an ordinary user to meet the permission check.
    const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (process.getuid?.() === 0) {
      chownSync(path.dirname(parent), 65534, 65534);
      for (const dir of [parent, output, path.join(output, "trade-note")]) chownSync(dir, 65534, 65534);
    }
    const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/build-site.ts"], {
      ...nobody,
      encoding: "utf8",
      env: { ...process.env, HOME: path.dirname(parent), BRIEFINGS_DIR: VALID_BRIEFINGS, BUILD_OUTPUT_DIR: output },
    });
    chmodSync(parent, 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`could not write the site to ${output}/ before building anything (permission denied, EACCES)`);
    expect(result.stderr).toContain(`make that folder writable by this user, or set BUILD_OUTPUT_DIR`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(snapshotTree(output)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["output"]);
  });
});
