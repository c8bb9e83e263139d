/**
 * Every template filter, by the name templates use. Registered in a loop by the filters plugin.
 */
export { formatDate } from "../../../render/format/format-date.ts";
export { formatFigure, figureParts, formatChange, changeTone } from "../../../render/format/format-figure.ts";
export { formatNumber } from "../../../render/format/format-number.ts";
export { formatCitation } from "../../../render/format/format-citation.ts";
export { punctuationFor } from "../../../render/format/punctuation.ts";
export { formatLanguage } from "../../../render/format/format-language.ts";
export { labelsFor } from "./labels-for.ts";
export { markdownInline } from "../../../render/markdown/markdown-inline.ts";
export { formatBytes } from "../../../render/format/format-bytes.ts";
export { formatCounted } from "../../../render/format/format-counted.ts";
export { formatPdfPages } from "../../../render/format/format-pdf-pages.ts";
export { figuresCsv } from "../../data-export/figures-csv.ts";
export { figuresJson } from "../../data-export/figures-json.ts";
export { cssString } from "../../../render/css/css-string.ts";
export { pageCounterContent } from "../../../render/css/page-counter-content.ts";
export { rootLinksToSite } from "../../../render/html/root-links-to-site.ts";
export { whereEqual } from "./where-equal.ts";
export { isCjkLanguage } from "../../../content/language-match.ts";
export { fontScript, textDirection } from "../../../content/language-script.ts";
export { isolateNumbers } from "../../../render/html/isolate-numbers.ts";
export { textIn } from "../../../content/localized-text.ts";
export { langAttribute } from "../../../render/html/lang-attribute.ts";
export { siteLanguageOf } from "../../../content/settings/site-settings.ts";
export { briefingCitation } from "../../../render/citation/briefing-citation.ts";
export { briefingBibtex } from "../../../render/citation/bibtex.ts";
export { briefingCslJson } from "../../../render/citation/csl-json.ts";
export { sectionHeadings } from "../../../render/html/section-headings.ts";
export { printCharts } from "../../../render/charts/print-charts.ts";
export { editionLinks } from "../../../content/paths/edition-paths.ts";
