import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const CSS_DIR = "src/site/assets/css";

/** Every declaration of a property in the site's stylesheets, with the file it is in. */
function declarations(property: string): { file: string; value: string }[] {
  return readdirSync(CSS_DIR)
    .filter((file) => file.endsWith(".css"))
    .flatMap((file) =>
      [...readFileSync(path.join(CSS_DIR, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").matchAll(new RegExp(`(?:^|[;{\\s])${property}\\s*:\\s*([^;}]+)`, "g"))].map((match) => ({ file, value: match[1]!.trim() })),
    );
}

describe("the site's stylesheets", () => {
  it("draw every focus ring in the one focus colour, never the highlight red that reads as an error", () => {
    const outlines = declarations("outline").filter(({ value }) => !/^(none|0)$/.test(value));
    expect(outlines.length).toBeGreaterThan(1);
    expect(outlines.filter(({ value }) => !value.includes("var(--colour-focus)"))).toEqual([]);
    const focus = declarations("--colour-focus");
    expect(focus.length).toBeGreaterThan(0);
    expect(focus.filter(({ value }) => value.includes("highlight"))).toEqual([]);
  });
});
