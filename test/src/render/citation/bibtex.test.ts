import { describe, expect, it } from "vitest";
import { briefingBibtex } from "../../../../src/render/citation/bibtex.ts";

const briefing = {
  slug: "harbour-review",
  title: "Harbour review: the {first} quarter & 100% of it",
  publisher: "Harbour Desk",
  date: "2024-07-01T23:30:00-04:00",
  updated: "2024-07-15T12:30:00-04:00",
  language: "en-US",
  summary: "A summary with $ and # in it.",
  tags: ["harbours", "logistics"],
};
const URL = "https://example.org/briefings/harbour-review/";

/** The fields of one BibTeX entry: name → the value between its outer braces (or bare). */
function fieldsOf(entry: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of entry.split("\n").slice(1, -2)) {
    const match = /^\s+(\w+)\s*=\s*(.*?),?$/.exec(line);
    if (!match) throw new Error(`not a field line: ${line}`);
    expect(fields.has(match[1]!)).toBe(false);
    fields.set(match[1]!, match[2]!.replace(/^\{(.*)\}$/, "$1"));
  }
  return fields;
}

describe("briefingBibtex", () => {
  it("writes one @techreport keyed by the briefing's folder, with its title, corporate author, date and address", () => {
    const entry = briefingBibtex(briefing, URL);
    expect(entry.match(/^@/gm)).toHaveLength(1);
    expect(entry.startsWith("@techreport{harbour-review,\n")).toBe(true);
    expect(entry.endsWith("\n}\n")).toBe(true);
    const fields = fieldsOf(entry);
    expect([...fields.keys()]).toEqual(["title", "author", "institution", "type", "year", "month", "date", "url", "langid", "abstract", "keywords"]);
    expect(fields.get("author")).toBe("{Harbour Desk}");
    expect(fields.get("institution")).toBe("Harbour Desk");
    expect(fields.get("url")).toBe(URL);
    expect(fields.get("langid")).toBe("en-US");
    expect(fields.get("keywords")).toBe("harbours, logistics");
  });

  it("dates the entry by the day the publisher dated it, in the briefing's own offset, not in UTC", () => {
    // 23:30 at -04:00 is already 2 July in UTC; the briefing says 1 July.
    const fields = fieldsOf(briefingBibtex(briefing, URL));
    expect(fields.get("year")).toBe("2024");
    expect(fields.get("month")).toBe("jul");
    expect(fields.get("date")).toBe("2024-07-01");
  });

  it("escapes TeX's special characters, so braces, & and % in a title cannot break the entry", () => {
    const fields = fieldsOf(briefingBibtex(briefing, URL));
    expect(fields.get("title")).toBe("Harbour review: the \\{first\\} quarter \\& 100\\% of it");
    expect(fields.get("abstract")).toBe("A summary with \\$ and \\# in it.");
  });

  it("names the document's kind in the words it is given, and leaves out keywords a briefing has none of", () => {
    const fields = fieldsOf(briefingBibtex({ ...briefing, tags: [] }, URL, "简报"));
    expect(fields.get("type")).toBe("简报");
    expect(fields.has("keywords")).toBe(false);
  });
});
