/** The most characters of a value an error message quotes. */
export const EXCERPT_LENGTH = 40;

/**
 * A value as an error message quotes it: in double quotes, control and invisible characters
 * escaped (`\u0000`, `\u202e`) so they neither vanish nor act on the terminal, and cut to a
 * few words. A message names a mistake; it must never print a file the build was not meant to
 * read, nor fill a terminal with a pasted data dump.
 * @param value the text found
 * @returns e.g. `"db_password=hunter2 api_k…"`
 */
export function excerpt(value: string): string {
  const characters = [...value];
  const cut = characters.length > EXCERPT_LENGTH ? `${characters.slice(0, EXCERPT_LENGTH).join("")}…` : value;
  // JSON.stringify escapes C0 controls, quotes and lone surrogates; the rest are escaped here.
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
