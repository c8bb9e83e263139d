import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * `.ci/run` builds a site of every shape by copying the shipped briefings and every fixture group
 * but `hostile` into one folder, so a briefing folder's name (its slug) must be unique across all
 * of them: two of one name would silently overwrite each other there, and the gate would check
 * one briefing fewer than the tests did.
 */
describe("the fixtures CI copies into its every-shape site", () => {
  it("name every briefing folder once across src/briefings and every fixture group", () => {
    const root = path.resolve(__dirname, "..");
    const groups = [
      path.join(root, "src/briefings"),
      ...readdirSync(path.join(root, "test/fixtures"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== "hostile")
        .map((entry) => path.join(root, "test/fixtures", entry.name)),
    ];
    const folders = new Map<string, string[]>();
    for (const group of groups) {
      for (const entry of readdirSync(group, { withFileTypes: true })) {
        if (!entry.isDirectory() || !existsSync(path.join(group, entry.name, "briefing.yaml"))) continue;
        folders.set(entry.name, [...(folders.get(entry.name) ?? []), path.relative(root, group)]);
      }
    }
    expect(folders.size).toBeGreaterThan(10);
    expect([...folders].filter(([, where]) => where.length > 1)).toEqual([]);
  });
});
