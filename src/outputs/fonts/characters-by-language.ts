import { Parser } from "htmlparser2";

/** Elements whose text no font of the page draws: code, styles, and the head (a tab's title is the browser's own). */
const NOT_DRAWN = new Set(["script", "style", "head", "noscript"]);

/** Characters never drawn on their own (joiners, variation selectors, soft hyphens), and controls. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;

/**
 * The characters a page draws, by the language of the element that draws them (its own `lang`,
 * else its nearest ancestor's): text, and the placeholders and button labels of form controls.
 * Printable ASCII is left out: every stack's Latin font has it.
 * @param html the page
 * @returns each language (as written in `lang`; "" where nothing says) with its characters
 */
export function charactersByLanguage(html: string): Map<string, Set<number>> {
  const byLanguage = new Map<string, Set<number>>();
  const languages: string[] = [""];
  const open: Array<{ name: string; setsLanguage: boolean }> = [];
  let hidden = 0;
  const add = (text: string) => {
    const language = languages[languages.length - 1]!;
    let characters = byLanguage.get(language);
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (codePoint < 0x7f || INVISIBLE.test(character)) continue;
      if (!characters) byLanguage.set(language, (characters = new Set()));
      characters.add(codePoint);
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const language = attributes.lang ?? attributes["xml:lang"];
        const setsLanguage = language !== undefined;
        if (setsLanguage) languages.push(language.trim());
        open.push({ name, setsLanguage });
        if (NOT_DRAWN.has(name)) hidden++;
        else if (hidden === 0) {
          if (attributes.placeholder) add(attributes.placeholder);
          if (name === "input" && /^(submit|button|reset)$/i.test(attributes.type ?? "") && attributes.value) add(attributes.value);
        }
      },
      ontext(text) {
        if (hidden === 0) add(text);
      },
      onclosetag(name) {
        const element = open.pop();
        if (!element) return;
        if (element.setsLanguage) languages.pop();
        if (NOT_DRAWN.has(name)) hidden--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return byLanguage;
}
