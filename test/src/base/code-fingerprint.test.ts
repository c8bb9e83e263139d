import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeFingerprint } from "../../../src/base/code-fingerprint.ts";
import { tempDir } from "../../helpers/fixtures.ts";

/** A small project: an entry importing a helper, which imports a package; and an unrelated module. */
function project(files: Record<string, string>): string {
  const root = tempDir("fingerprint-");
  const all: Record<string, string> = {
    "src/entry.ts": 'import { help } from "./lib/help.ts";\nexport const run = () => help();\n',
    "src/lib/help.ts": 'import { z } from "zod";\nexport const help = () => z.string();\n',
    "src/other.ts": "export const unrelated = 1;\n",
    "node_modules/zod/package.json": '{ "version": "4.6.7" }',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("codeFingerprint", () => {
  const base = codeFingerprint(["src/entry.ts"], project({}));

  it("is the same for the same code", () => {
    expect(codeFingerprint(["src/entry.ts"], project({}))).toBe(base);
  });

  it("changes with the entry, with any module it imports at any depth, and with the version of a package it imports", () => {
    expect(codeFingerprint(["src/entry.ts"], project({ "src/entry.ts": 'import { help } from "./lib/help.ts";\nexport const run = () => help() + 1;\n' }))).not.toBe(base);
    expect(codeFingerprint(["src/entry.ts"], project({ "src/lib/help.ts": 'import { z } from "zod";\nexport const help = () => z.number();\n' }))).not.toBe(base);
    expect(codeFingerprint(["src/entry.ts"], project({ "node_modules/zod/package.json": '{ "version": "4.6.8" }' }))).not.toBe(base);
  });

  it("does not change with modules the entry does not use", () => {
    expect(codeFingerprint(["src/entry.ts"], project({ "src/other.ts": "export const unrelated = 2;\n" }))).toBe(base);
  });

  it("covers the project's printer with the browser launch and loopback server it prints through", () => {
    const printer = codeFingerprint(["src/outputs/pdf/print-briefings.ts"]);
    expect(printer).toMatch(/^[0-9a-f]{64}$/);
    expect(printer).not.toBe(codeFingerprint(["src/outputs/pdf/print-briefing.ts"]));
  });
});
