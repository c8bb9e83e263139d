import type { StatedFigure } from "../content/briefing.ts";

/**
 * The key figures first stated in one section, in the briefing's order. (Nunjucks'
 * `selectattr` takes only an attribute name and tests it for truth: given a value to compare
 * with, it silently returns every figure.)
 * @param figures a briefing's figures
 * @param sectionId the section's id
 */
export function statedIn(figures: StatedFigure[], sectionId: string): StatedFigure[] {
  return figures.filter((figure) => figure.sectionId === sectionId);
}
