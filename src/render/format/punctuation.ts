import { maximizedLocale } from "../../content/maximized-locale.ts";

/** The punctuation a language sets between the parts of a line: labels, lists, quotations. */
export interface Punctuation {
  /** After a label: ": ", " : " (French, no-break), "：" (full-width, Chinese and Japanese). */
  colon: string;
  /** Between items: ", ", "، " (Arabic), "，" (Chinese), "、" (Japanese). */
  comma: string;
  /** Between longer items: "; ", "؛ ", "；". */
  semicolon: string;
  /** Ends a sentence, with what follows it: ". ", "。". */
  stop: string;
  /** Quotation marks: “ ”, « » (French with no-break spaces), „ “, 「 」. */
  open: string;
  close: string;
  /** Marks around a cited work's title: the quotation marks, or 《 》 in Chinese. */
  titleOpen: string;
  titleClose: string;
  /** Brackets around an aside: " (", "（". */
  parenOpen: string;
  parenClose: string;
}

const LATIN: Punctuation = { colon: ": ", comma: ", ", semicolon: "; ", stop: ". ", open: "“", close: "”", titleOpen: "“", titleClose: "”", parenOpen: " (", parenClose: ")" };
const GUILLEMETS = { open: "«", close: "»", titleOpen: "«", titleClose: "»" };

/** By primary language (or language-script for Chinese), each language's conventions as its style guides set them. */
const BY_LANGUAGE: Record<string, Punctuation> = {
  en: LATIN,
  pt: LATIN,
  ko: LATIN,
  de: { ...LATIN, open: "„", close: "“", titleOpen: "„", titleClose: "“" },
  es: { ...LATIN, ...GUILLEMETS },
  ru: { ...LATIN, ...GUILLEMETS },
  // French: a no-break space before : ; ? ! and inside « » (Lexique des règles typographiques).
  fr: { ...LATIN, colon: "\u00a0: ", semicolon: "\u202f; ", open: "«\u00a0", close: "\u00a0»", titleOpen: "«\u00a0", titleClose: "\u00a0»" },
  ar: { ...LATIN, ...GUILLEMETS, comma: "، ", semicolon: "؛ " },
  // clreq: full-width marks, book-title marks for works; Traditional Chinese quotes with 「」.
  "zh-hans": { colon: "：", comma: "，", semicolon: "；", stop: "。", open: "“", close: "”", titleOpen: "《", titleClose: "》", parenOpen: "（", parenClose: "）" },
  "zh-hant": { colon: "：", comma: "，", semicolon: "；", stop: "。", open: "「", close: "」", titleOpen: "《", titleClose: "》", parenOpen: "（", parenClose: "）" },
  // jlreq: 、 between items, 「」 around quotations and titles of articles.
  ja: { colon: "：", comma: "、", semicolon: "、", stop: "。", open: "「", close: "」", titleOpen: "「", titleClose: "」", parenOpen: "（", parenClose: "）" },
};

/**
 * The punctuation of a page's language (zh-TW and zh-HK take Traditional Chinese's, as
 * Intl.Locale#maximize gives their script); a language not listed takes the English marks.
 * @param locale the page's language
 */
export function punctuationFor(locale: string): Punctuation {
  let language = locale.toLowerCase().split("-")[0]!;
  if (language === "zh") {
    // An unparsable tag keeps Simplified Chinese, the default script of "zh".
    const script = maximizedLocale(locale)?.script ?? "Hans";
    language = `zh-${script.toLowerCase()}`;
  }
  return BY_LANGUAGE[language] ?? LATIN;
}
