import type { FontScript } from "../language-script.ts";
import type { ThemeFont, ThemeFonts } from "./theme-schema.ts";

/**
 * The fonts of one role's stack for a script, in order: the script's own font (for Traditional
 * Chinese, Japanese and Korean without one, the Simplified Chinese font, which draws their Han
 * in its own forms), then the Latin font, then the Simplified Chinese font for any other Han.
 * Each font once.
 * @param fonts the theme's fonts of one role (body or heading)
 * @param script the script of the page's or element's language
 */
export function stackFonts(fonts: ThemeFonts, script: FontScript): ThemeFont[] {
  const own = script === "latin" ? undefined : (fonts[script] ?? (script === "arabic" ? undefined : fonts.cjk));
  const stack = [own, fonts.latin, fonts.cjk].filter((font): font is ThemeFont => font !== undefined);
  return stack.filter((font, index) => stack.findIndex((other) => other.family === font.family) === index);
}
