/**
 * Every template filter, by the name templates use. Registered in a loop by the filters plugin.
 */
export { formatDate } from "../format/format-date.ts";
export { formatFigure, figureParts, formatChange, changeTone } from "../format/format-figure.ts";
export { formatNumber } from "../format/format-number.ts";
export { formatCitation } from "../format/format-citation.ts";
export { formatLanguage } from "../format/format-language.ts";
export { labelsFor } from "./labels-for.ts";
export { markdownInline } from "./markdown-inline.ts";
export { formatBytes } from "./format-bytes.ts";
export { figuresCsv } from "../data-export/figures-csv.ts";
export { figuresJson } from "../data-export/figures-json.ts";
export { cssString } from "./css-string.ts";
export { pageCounterContent } from "./page-counter-content.ts";
export { rootLinksToSite } from "./root-links-to-site.ts";
export { whereEqual } from "./where-equal.ts";
export { isCjkLanguage } from "../content/language-match.ts";
export { textIn } from "../content/localized-text.ts";
export { langAttribute } from "./lang-attribute.ts";
export { siteLanguageOf } from "../feeds/site-settings.ts";
export { briefingCitation } from "../citation/briefing-citation.ts";
export { briefingBibtex } from "../citation/bibtex.ts";
export { briefingCslJson } from "../citation/csl-json.ts";
export { sectionHeadings } from "./section-headings.ts";
