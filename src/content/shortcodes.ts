/**
 * How prose refers to the briefing's data: `{% figure "id" %}` states a key figure, and
 * `{% chart "id" %}` on a line of its own places a chart. The loader finds them by these
 * patterns to check every id and that every figure is stated (src/content/load-sections.ts);
 * the renderer turns them into HTML (src/render/markdown/).
 */

/** `{% figure "id" %}` anywhere in a line. */
export const FIGURE_SHORTCODE = /\{%\s*figure\s+"([^"]*)"\s*%\}/g;

/** `{% figure "id" %}` at the start of the text. */
export const FIGURE_SHORTCODE_AT_START = /^\{%\s*figure\s+"([^"]*)"\s*%\}/;

/** `{% chart "id" %}` alone on a line: where prose places a chart. */
export const CHART_LINE = /^\s*\{%\s*chart\s+"([^"]*)"\s*%\}\s*$/;

/** Any chart shortcode, to catch one written inside a sentence, where it cannot be drawn. */
export const CHART_SHORTCODE = /\{%\s*chart\s+"([^"]*)"\s*%\}/g;

/** A shortcode the prose knows, at the start of the text: anything else between `{%` and `%}` is a mistake. */
export const KNOWN_SHORTCODE = /^\{%\s*(?:figure|chart)\s+"[^"]*"\s*%\}/;
