import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, excerpt } from "../../../src/content/excerpt.ts";

describe("excerpt", () => {
  it("quotes a short value whole", () => {
    expect(excerpt("fourteen")).toBe('"fourteen"');
  });

  it("cuts a long value to a few words, whatever it holds", () => {
    const quoted = excerpt(`db_password=${"x".repeat(5000)}`);
    expect([...quoted].length).toBe(EXCERPT_LENGTH + 3);
    expect(quoted.endsWith('…"')).toBe(true);
  });

  it("counts characters, not UTF-16 units, so an emoji is never cut in half", () => {
    expect(excerpt("😀".repeat(50))).toBe(`"${"😀".repeat(EXCERPT_LENGTH)}…"`);
  });

  it("escapes control characters, quotes and bidirectional overrides so they cannot act on a terminal", () => {
    expect(excerpt('a\u0000b\u001b[31mc"d\u202ee')).toBe('"a\\u0000b\\u001b[31mc\\"d\\u202ee"');
    expect(excerpt("\u0085\u2066x\u2069")).toBe('"\\u0085\\u2066x\\u2069"');
  });
});
