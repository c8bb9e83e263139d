import { dayParts, type CitableBriefing } from "./citable.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Escapes text for a BibTeX field in braces: TeX's special characters lose their meaning. */
function escapeTex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (char) =>
    char === "\\" ? "\\textbackslash{}" : char === "^" ? "\\^{}" : char === "~" ? "\\~{}" : `\\${char}`,
  );
}

/**
 * A BibTeX entry for a briefing: a `@techreport` (biblatex reads it as `@report`) keyed by the
 * briefing's folder name, its publisher as a corporate author (double braces, so it is never
 * split into first and last names), its date and its canonical address.
 * @param briefing the briefing
 * @param url its canonical address
 * @param genre what kind of document it is, in its language ("Briefing", "简报")
 */
export function briefingBibtex(briefing: CitableBriefing, url: string, genre = "Briefing"): string {
  const [year, month, day] = dayParts(briefing.date);
  const fields: Array<[string, string]> = [
    ["title", `{${escapeTex(briefing.title)}}`],
    ["author", `{{${escapeTex(briefing.publisher)}}}`],
    ["institution", `{${escapeTex(briefing.publisher)}}`],
    ["type", `{${escapeTex(genre)}}`],
    ["year", `{${year}}`],
    ["month", MONTHS[month - 1]!],
    ["date", `{${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}}`],
    ["url", `{${url}}`],
    ["langid", `{${briefing.language}}`],
    ["abstract", `{${escapeTex(briefing.summary)}}`],
  ];
  if (briefing.tags.length > 0) fields.push(["keywords", `{${escapeTex(briefing.tags.join(", "))}}`]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(",\n");
  return `@techreport{${briefing.slug},\n${body}\n}\n`;
}
