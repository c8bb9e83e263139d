import { readJsonFile } from "./read-json-file.ts";
import { labelsFor, type Labels } from "../filters/labels-for.ts";

/** Where the interface words of every language live; Eleventy reads the same file as global data. */
export const LABELS_FILE = "_data/labels.json";

/**
 * The interface words of one language, for the parts of a page the loader renders itself
 * (charts inside prose), picked with the same fallbacks as the `labelsFor` filter.
 * @param language the briefing's language tag
 * @param file the labels file, relative to the project
 */
export function loadInterfaceWords(language: string, file = LABELS_FILE): Labels {
  return labelsFor(readJsonFile(file).document.toJS() as Record<string, Labels>, language);
}
