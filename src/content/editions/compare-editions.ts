import type { ContentProblem } from "../../base/content-error.ts";
import type { Section } from "../briefing.ts";

/** One edition's sections, and the folder they are in (`sections/`, `sections/en/`). */
export interface EditionSections {
  folder: string;
  language: string;
  sections: readonly Pick<Section, "id" | "sourceFile">[];
}

/**
 * What keeps two editions from being read side by side: a section one has and the other lacks
 * (the language switcher leads section to section, by file name), or sections in another order.
 * @param main the briefing's own edition, in `sections/`
 * @param other an edition in another language
 */
export function compareEditionSections(main: EditionSections, other: EditionSections): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const otherIds = new Set(other.sections.map((s) => s.id));
  const mainIds = new Set(main.sections.map((s) => s.id));
  for (const section of main.sections) {
    if (otherIds.has(section.id)) continue;
    const name = section.sourceFile.split("/").pop()!;
    problems.push({
      file: `${other.folder}${name}`,
      message: `the ${other.language} edition has no "${section.id}" section, which ${section.sourceFile} is in ${main.language}; translate it into ${other.folder}${name}`,
    });
  }
  for (const section of other.sections) {
    if (mainIds.has(section.id)) continue;
    problems.push({
      file: section.sourceFile,
      message: `the ${main.language} edition in ${main.folder} has no "${section.id}" section; every edition has the same sections, so add it there too, or name this file as its counterpart in ${main.folder} is named`,
    });
  }
  const mainOrder = main.sections.map((s) => s.id).filter((id) => otherIds.has(id));
  const otherOrder = other.sections.map((s) => s.id).filter((id) => mainIds.has(id));
  if (problems.length === 0 && mainOrder.join("\n") !== otherOrder.join("\n")) {
    problems.push({
      file: other.folder,
      message: `the sections are in another order than in ${main.folder} (${otherOrder.join(", ")} against ${mainOrder.join(", ")}); number the files as in ${main.folder}`,
    });
  }
  return problems;
}
