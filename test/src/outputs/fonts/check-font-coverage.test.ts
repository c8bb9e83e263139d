import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brokenBriefings, tempDir } from "../../../helpers/fixtures.ts";
import { runScript } from "../../../helpers/run-script.ts";

describe("checkFontCoverage, in a build", () => {
  it("stops the build with one message naming a planted character, its page and the fix, and publishes nothing", () => {
    const briefings = brokenBriefings({ "sections/01-traffic.md": (text) => `${text}\n\nA mark no font draws: 𓀀.\n` });
    const output = path.join(tempDir(), "site");
    const result = runScript("scripts/build-site.ts", { BRIEFINGS_DIR: briefings, BUILD_OUTPUT_DIR: output });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/trade-note\/[^:\n]*index\.html: U\+13000 "𓀀", in lang="[^"]+", is in no font of the theme "\w+" for that language/);
    expect(result.stderr).toContain("_data/themes.json");
    // A user's mistake, not a crash: no stack trace.
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(output, "index.html"))).toBe(false);
  });

});
