/**
 * A conservative estimate of how wide text is drawn, in units of its font size.
 * Charts are laid out at build time, where no font can be measured; over-estimating
 * keeps labels inside the SVG in whichever fallback font a reader's device uses.
 * CJK characters and full-width punctuation are one em wide; other characters are
 * taken at the width of a bold Latin capital or digit, which few glyphs exceed.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f\u2014\u2026\u201c\u201d\u2018\u2019]/u;
const NARROW = /[ .,:;'!|il1()[\]]/;

/**
 * Estimates the width of a line of text.
 * @param text the text on one line
 * @param fontSize its font size, in the same units as the result
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : NARROW.test(char) ? 0.4 : 0.68;
  return ems * fontSize;
}

/**
 * Breaks a label into lines no wider than `maxWidth`: between any two CJK characters,
 * and at spaces in Latin text (a single word longer than a line is broken where it must).
 * Closing punctuation stays on the line before, as Chinese typesetting requires.
 * @param text the label
 * @param maxWidth the widest a line may be
 * @param fontSize the label's font size
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Tokens: a run of non-space Latin characters (a word), a space, or one wide character.
  const tokens = text.match(/[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\u3000-\u303f]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() === "" || estimateTextWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (/^[，。、；：！？）》」』”’]/.test(token)) {
      // Closing punctuation may not start a line: carry the character before it along.
      const chars = [...line];
      const carried = chars.pop() ?? "";
      lines.push(chars.join("").trimEnd());
      line = carried + token;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  // A word wider than a whole line is cut where it must be.
  return lines.flatMap((l) => (estimateTextWidth(l, fontSize) <= maxWidth ? [l] : cutToWidth(l, maxWidth, fontSize)));
}

function cutToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of text) {
    if (line !== "" && estimateTextWidth(line + char, fontSize) > maxWidth) {
      lines.push(line);
      line = "";
    }
    line += char;
  }
  if (line !== "") lines.push(line);
  return lines;
}
