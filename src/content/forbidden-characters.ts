/**
 * Characters a briefing may not hold. XML 1.0 (§2.2, Char) forbids the C0 controls other than
 * tab, line feed and carriage return, lone surrogates and U+FFFE/U+FFFF: one of them in any
 * field makes every feed ill-formed, and feed readers stop updating. The C1 controls
 * (U+007F–U+009F) are allowed by XML but "discouraged"; in a briefing they are what is left of
 * text decoded with the wrong code page, so they are refused too. They are refused at load, with
 * the file and line, rather than removed with a warning: an invisible character is always a
 * mistake of copying, and the author should see where it is.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const NAMES: Record<number, string> = { 0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0b: "vertical tab", 0x0c: "form feed", 0x1b: "ESC", 0x7f: "DEL" };

/** A character found where it may not be, located in its text. */
export interface FoundCharacter {
  /** Offset in the text, in UTF-16 code units. */
  index: number;
  /** e.g. `U+001B (ESC), a control character`. */
  description: string;
}

/**
 * The first character of a text that XML cannot carry (see the module comment).
 * @param text any text from a briefing
 * @returns where it is and what it is, or undefined when the text is clean
 */
export function findForbiddenCharacter(text: string): FoundCharacter | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  let kind: string;
  if (code >= 0xd800 && code <= 0xdfff) kind = "half of a character (a lone surrogate)";
  else if (code >= 0xfffe) kind = "a code point that is not a character";
  else kind = `${NAMES[code] ? `(${NAMES[code]}), ` : ""}a control character`;
  return { index: match.index, description: `${hex} ${kind}` };
}

/** The fix offered with every such character: they are invisible in most editors. */
export const FORBIDDEN_CHARACTER_FIX = "feeds (XML) cannot carry it; delete it (it is invisible in most editors: retype the words around it)";

const OPENERS = /[\u202a-\u202e\u2066-\u2068]/;

/**
 * Whether a one-line text leaves a bidirectional override, embedding or isolate open
 * (U+202A–202E closed by U+202C, U+2066–2068 closed by U+2069). Closed ones are right and kept:
 * Arabic or Hebrew titles need them around Latin names and numbers. An open one in a title
 * would reverse whatever a page, a feed reader or a share card writes after the title
 * ("Title – Site name"), the trick of spoofed file names; prose is left alone, since a paragraph
 * ends every override it holds (Unicode Bidirectional Algorithm, rule X8).
 * @param text a field's value
 * @returns the offset of the first override left open, or undefined
 */
export function findOpenBidiControl(text: string): number | undefined {
  if (!OPENERS.test(text)) return undefined;
  const open: { index: number; isolate: boolean }[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x202a && code <= 0x202e && code !== 0x202c) || (code >= 0x2066 && code <= 0x2068)) open.push({ index, isolate: code >= 0x2066 });
    else if (code === 0x202c && open.at(-1)?.isolate === false) open.pop();
    else if (code === 0x2069) {
      // A PDI closes its isolate and every embedding opened inside it (UAX #9, X6a).
      const last = open.map((o) => o.isolate).lastIndexOf(true);
      if (last >= 0) open.length = last;
    }
  }
  return open[0]?.index;
}
