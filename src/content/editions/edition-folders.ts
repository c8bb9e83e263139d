import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../../base/content-error.ts";
import { displayPath } from "../../base/display-path.ts";
import { maximizedLocale } from "../maximized-locale.ts";

/** A briefing's edition in another language: the folder of its prose and the language it names. */
export interface EditionFolder {
  /** The folder's name, a language tag in lower case (`en`, `zh-tw`); the edition's URL ends with it. */
  name: string;
  /** The language, in its canonical form (`zh-tw` → `zh-TW`). */
  language: string;
  /** The folder, relative to the project. */
  dir: string;
}

const LOWER_CASE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/**
 * The other-language editions of a briefing: each sub-folder of its `sections/` folder, named by
 * its language (`sections/en/`), holds that edition's prose. Folder names are lower case because
 * they become URLs (`/<briefing>/en/`). Problems are collected, not thrown.
 * @param sectionsDir the briefing's `sections/` folder
 * @param defaultLanguage the briefing's `language`, whose prose is `sections/` itself
 */
export function findEditionFolders(sectionsDir: string, defaultLanguage: string, problems: ContentProblem[]): EditionFolder[] {
  const entry = lstatSync(sectionsDir, { throwIfNoEntry: false });
  if (!entry?.isDirectory()) return [];
  const editions: EditionFolder[] = [];
  const seen = new Map<string, string>([[sameLanguage(defaultLanguage), "sections/"]]);
  for (const name of readdirSync(sectionsDir).sort()) {
    const dir = path.join(sectionsDir, name);
    if (!lstatSync(dir).isDirectory()) continue;
    const language = LOWER_CASE_TAG.test(name) ? canonicalTag(name) : undefined;
    if (!language) {
      problems.push({
        file: displayPath(dir),
        message: `a folder in sections/ holds an edition in another language and is named by its language tag in lower case (sections/en/, sections/zh-tw/); rename it, or move it out of sections/`,
      });
      continue;
    }
    const twin = seen.get(sameLanguage(language));
    if (twin) {
      problems.push({
        file: displayPath(dir),
        message: `this edition is in the same language as ${twin} (${language}); a briefing has one edition per language, so merge the two or name this folder by the language it is written in`,
      });
      continue;
    }
    seen.set(sameLanguage(language), `sections/${name}/`);
    editions.push({ name, language, dir: displayPath(dir) });
  }
  return editions;
}

function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** A tag with its likely script and region, so `zh` and `zh-CN` count as one language while zh-TW does not. */
function sameLanguage(tag: string): string {
  return (maximizedLocale(tag)?.toString() ?? tag).toLowerCase();
}
