import { parseHTML } from "linkedom";
import {
  loadDefaultJapaneseParser,
  loadDefaultSimplifiedChineseParser,
  loadDefaultTraditionalChineseParser,
  type HTMLProcessingParser,
} from "budoux";

/**
 * The short texts that wrap at phrase boundaries on a Chinese or Japanese page: titles,
 * headings, figure labels, card text and navigation. Running prose is left to the browser,
 * which justifies it character by character as Chinese typesetting expects; table cells are
 * left out because `overflow-wrap: anywhere` would let their columns collapse.
 */
export const PHRASE_SELECTORS = [
  "h1", "h2", "h3", "h4", "h5", "h6",
  ".cover__kicker", ".cover__subtitle", ".pdf-cover__kicker", ".pdf-cover__subtitle", ".pdf-kicker",
  ".figure-card__label", ".figure-card__meta",
  ".briefing-nav a", ".breadcrumb li", ".page-contents a",
  ".contents__title", ".pdf-contents__title", ".pager__title",
  ".chart__title", ".update__title",
].join(", ");

/** The class given to every element whose text was broken into phrases; site.css keeps words whole in it. */
export const PHRASE_CLASS = "phrases";

const parsers = new Map<string, HTMLProcessingParser>();

/** The BudouX model for a language tag, or undefined for a language written with spaces. */
function parserFor(language: string): HTMLProcessingParser | undefined {
  const tag = language.toLowerCase();
  const model =
    /^zh-(hant|tw|hk|mo)\b/.test(tag) ? "zh-hant"
    : /^zh\b/.test(tag) ? "zh-hans"
    : /^ja\b/.test(tag) ? "ja"
    : undefined;
  if (!model) return undefined;
  let parser = parsers.get(model);
  if (!parser) {
    parser =
      model === "zh-hant" ? loadDefaultTraditionalChineseParser()
      : model === "ja" ? loadDefaultJapaneseParser()
      : loadDefaultSimplifiedChineseParser();
    parsers.set(model, parser);
  }
  return parser;
}

/** One Han, kana or full-width character: a phrase of one of these alone would strand it on a line. */
const SINGLE_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** A phrase longer than this many characters may also break between its dictionary words. */
const LONG_PHRASE = 6;

/**
 * Splits a short text into the pieces a line may break between. BudouX's model proposes the
 * breaks, but it also splits inside many words ("上|半|年", "赛|事"), so a break is kept only where
 * ICU's word dictionary (Intl.Segmenter) also has a word boundary; a piece longer than six
 * characters, too long for a phone's figure card, may also break at ICU's boundaries inside it.
 * Characters that end up alone never stand alone: a run of up to three joins the next piece
 * ("多|语|种政务" → "多语种政务"), a longer run goes in pairs ("党宾|国宾|团组").
 * @param text plain text, e.g. a heading
 * @param language the page's language tag, e.g. "zh-CN"
 * @returns the pieces, which join back into the text; the whole text as one piece for a language without a model
 */
export function phrasesOf(text: string, language: string): string[] {
  const parser = parserFor(language);
  if (!parser || text.trim() === "") return [text];
  // ICU cuts a word it does not know (冬奥, 党宾) into single characters: no break between two of those.
  const words = [...new Intl.Segmenter(language, { granularity: "word" }).segment(text)];
  const allWordEnds = new Set(words.map((word) => word.index + word.segment.length));
  const wordEnds = new Set(
    words.flatMap((word, i) => {
      const next = words[i + 1];
      return SINGLE_CJK.test(word.segment) && next && SINGLE_CJK.test(next.segment) ? [] : [word.index + word.segment.length];
    }),
  );
  const breaks: number[] = [];
  let end = 0;
  for (const phrase of parser.parse(text)) {
    end += phrase.length;
    if (end < text.length && wordEnds.has(end)) breaks.push(end);
  }
  // A piece still too long may break at any word boundary inside it; runs of single characters are paired below.
  const bounds = [0, ...breaks, text.length];
  const pieces = bounds.slice(1).flatMap((to, n) => {
    const from = bounds[n]!;
    if ([...text.slice(from, to)].length <= LONG_PHRASE) return [text.slice(from, to)];
    const inner = [from, ...[...allWordEnds].filter((at) => at > from && at < to).sort((a, b) => a - b), to];
    return inner.slice(1).map((at, k) => text.slice(inner[k]!, at));
  });
  return joinSingles(pieces);
}

/** Joins runs of one-character pieces to their neighbours, or pairs them, as {@link phrasesOf} describes. */
function joinSingles(pieces: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (next?: string) => {
    if (run.length >= 4) {
      for (let i = 0; i + 1 < run.length; i += 2) out.push(run[i]! + run[i + 1]!);
      // An odd run's last character joins the pair before it.
      if (run.length % 2 === 1) out[out.length - 1] += run.at(-1)!;
      if (next !== undefined) out.push(next);
    } else if (next !== undefined) out.push(run.join("") + next);
    else if (run.length && out.length) out[out.length - 1] += run.join("");
    else if (run.length) out.push(run.join(""));
    run = [];
  };
  for (const piece of pieces) {
    if (SINGLE_CJK.test(piece.trim())) run.push(piece);
    else flush(piece);
  }
  flush();
  return out;
}

/**
 * Lets the titles, headings, labels and navigation of a Chinese or Japanese page wrap only
 * between phrases: inserts `<wbr>` between the phrases of their text and marks them with
 * {@link PHRASE_CLASS}, under which `word-break: keep-all` stops the browser breaking anywhere
 * else (and `overflow-wrap: anywhere` still breaks a phrase too long for its line).
 * A page in another language is returned unchanged.
 * @param html a whole HTML page, its language in `<html lang>`
 * @returns the page with phrase breaks
 */
export function insertPhraseBreaks(html: string): string {
  const language = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
  if (!language || !parserFor(language)) return html;
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll(PHRASE_SELECTORS)) {
    // Nested matches (a link inside a heading) are handled by the outermost one.
    if (element.parentElement?.closest(PHRASE_SELECTORS)) continue;
    element.classList.add(PHRASE_CLASS);
    breakTextNodes(element, language, document);
  }
  return document.toString();
}

function breakTextNodes(root: Element, language: string, document: Document): void {
  const texts: Text[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) texts.push(child as Text);
      // Text a reader does not see, and drawings, keep their characters as they are.
      else if (child.nodeType === 1 && !(child as Element).matches(".visually-hidden, svg, script, style")) walk(child);
    }
  };
  walk(root);
  for (const text of texts) {
    const phrases = phrasesOf(text.data, language);
    if (phrases.length < 2) continue;
    const fragment = document.createDocumentFragment();
    phrases.forEach((phrase, i) => {
      if (i > 0) fragment.appendChild(document.createElement("wbr"));
      fragment.appendChild(document.createTextNode(phrase));
    });
    text.replaceWith(fragment);
  }
}
