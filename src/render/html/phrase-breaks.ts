import { Parser } from "htmlparser2";
import { escapeHtml } from "./escape-html.ts";
import { cachedFormatter } from "../format/cached-formatter.ts";
import { PDF_PLACEHOLDER_PATTERN } from "../format/pdf-placeholder.ts";
import {
  loadDefaultJapaneseParser,
  loadDefaultSimplifiedChineseParser,
  loadDefaultTraditionalChineseParser,
  type HTMLProcessingParser,
} from "budoux";

/**
 * The short texts that wrap at phrase boundaries on a Chinese or Japanese page: titles,
 * headings, figure labels, card text, navigation, dates, source lines and captions. Running prose is left to the browser,
 * which justifies it character by character as Chinese typesetting expects; table cells are
 * left out because `overflow-wrap: anywhere` would let their columns collapse.
 */
export const PHRASE_SELECTORS: readonly string[] = [
  "h1", "h2", "h3", "h4", "h5", "h6",
  ".cover__kicker", ".cover__subtitle", ".pdf-cover__kicker", ".pdf-cover__subtitle", ".pdf-kicker",
  ".figure-card__label", ".figure-card__meta", ".archive-figures__label", ".archive-entry__meta",
  ".briefing-nav a", ".breadcrumb li", ".page-contents a",
  ".contents__title", ".pdf-contents__title", ".pager__title",
  ".chart__title", ".update__title",
  // Dates, card periods, source lines and captions: a date or a title split inside a word (2024年3|月29日, 正式上|线》) reads as a slip.
  "time", ".cover__meta", ".update__source", ".source-link", "caption", ".chart__caption", ".chart__source", ".chart__note",
];

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
  const key = `${language}\u0000${text}`;
  const known = phraseCache.get(key);
  if (known) return known;
  const phrases = keepNumbersWhole(findPhrases(text, language, parser));
  phraseCache.set(key, phrases);
  return phrases;
}

/** Nav labels, titles and card labels recur on every page: each is split once per build. */
const phraseCache = new Map<string, string[]>();
const segmenters = new Map<string, Intl.Segmenter>();

function findPhrases(text: string, language: string, parser: HTMLProcessingParser): string[] {
  const segmenter = cachedFormatter(segmenters, (l, o) => new Intl.Segmenter(l, o), language, { granularity: "word" } as const);
  // ICU cuts a word it does not know (冬奥, 党宾) into single characters: no break between two of those.
  const words = [...segmenter.segment(text)];
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

/** A piece ending in a number, or a number and its scale (5, 3,687, 5兆, 2,507万): what follows is its unit or counter. */
const ENDS_IN_NUMBER = /[\d０-９](?:[.,\d０-９]*[万萬亿億兆千百十])?$/u;
/** A piece ending in a word that leads a number (約, 近, 超, 第, 前年比 +) or a sign. */
const LEADS_NUMBER = /[約约近超第+\u2212−±]$/u;

/**
 * Joins pieces so that no line breaks inside a number with its unit, scale or counter (`5兆円`,
 * `2019年比`, `3,687万人`, `約2,507万人`): jlreq and clreq both keep a numeral with the unit
 * that follows it, and BudouX's models would otherwise split `5|兆円` and `2019|年比`.
 */
function keepNumbersWhole(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    const joins = last !== undefined && (ENDS_IN_NUMBER.test(last) || (LEADS_NUMBER.test(last) && /^[\d０-９]/u.test(piece)));
    if (joins) out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

/** A piece of only spaces and punctuation that does not open something (a quotation mark or bracket does). */
const TRAILING = /^[\s\p{Pd}\p{Pe}\p{Pf}\p{Po}\p{S}]+$/u;

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
    // Spaces and separators ("·", "、") stay at the end of the line they follow, never open one.
    if (run.length === 0 && out.length && TRAILING.test(piece)) out[out.length - 1] += piece;
    else if (SINGLE_CJK.test(piece.trim())) run.push(piece);
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
 * A page in another language is returned unchanged. The page is read as a stream of tags and
 * only the changed text is rewritten, which is many times faster than a DOM round trip.
 * @param html a whole HTML page, its language in `<html lang>`
 * @returns the page with phrase breaks
 */
export function insertPhraseBreaks(html: string): string {
  const language = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
  if (!language || !parserFor(language)) return html;
  const edits: { start: number; end: number; text: string }[] = [];
  const open: { tag: string; classes: string[]; breaks: boolean; skip: boolean }[] = [];
  let text: { start: number; end: number; data: string } | undefined;
  const flushText = () => {
    if (!text) return;
    const broken = breakText(text.data, language);
    if (broken !== undefined) edits.push({ start: text.start, end: text.end, text: broken });
    text = undefined;
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        flushText();
        const classes = (attributes.class ?? "").split(/\s+/).filter(Boolean);
        const parent = open.at(-1);
        const skip = (parent?.skip ?? false) || SKIPPED_TAGS.has(tag) || classes.includes("visually-hidden");
        const matches = !skip && !parent?.breaks && PHRASE_MATCHERS.some((matcher) => matcher(tag, classes, open));
        if (matches) {
          const start = parser.startIndex;
          const end = parser.endIndex + 1;
          const raw = html.slice(start, end);
          const marked = /\sclass="/.test(raw) ? raw.replace(/(\sclass=")/, `$1${PHRASE_CLASS} `) : raw.replace(/^<[^\s/>]+/, `$& class="${PHRASE_CLASS}"`);
          edits.push({ start, end, text: marked });
        }
        open.push({ tag, classes, breaks: matches || (parent?.breaks ?? false), skip });
      },
      ontext(data) {
        const top = open.at(-1);
        if (!top?.breaks || top.skip) return;
        // Text may arrive in pieces (around an entity): gather it into one run.
        if (text && text.end === parser.startIndex) text = { ...text, end: parser.endIndex + 1, data: text.data + data };
        else {
          flushText();
          text = { start: parser.startIndex, end: parser.endIndex + 1, data };
        }
      },
      onclosetag() {
        flushText();
        open.pop();
      },
    },
    { recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flushText();
  let out = "";
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/**
 * A text with `<wbr>` between its phrases, escaped for HTML, or undefined when it has only one.
 * A PDF's size or page count, still a placeholder while the page is rendered before the PDF is
 * printed (`@@pdf-size:…@@`), is left whole so the build can find and fill it.
 */
function breakText(data: string, language: string): string | undefined {
  const out: string[] = [];
  let broken = false;
  const phrase = (part: string) => {
    const phrases = phrasesOf(part, language);
    broken ||= phrases.length > 1;
    out.push(phrases.map(escapeHtml).join("<wbr>"));
  };
  let at = 0;
  for (const match of data.matchAll(PDF_PLACEHOLDER_PATTERN)) {
    phrase(data.slice(at, match.index));
    out.push(escapeHtml(match[0]));
    at = match.index + match[0].length;
  }
  phrase(data.slice(at));
  return broken ? out.join("") : undefined;
}

/** Elements whose text is never broken: drawings (their labels are laid out already) and code. */
const SKIPPED_TAGS = new Set(["svg", "script", "style", "template"]);

type Matcher = (tag: string, classes: string[], ancestors: { tag: string; classes: string[] }[]) => boolean;

/** {@link PHRASE_SELECTORS} as functions: `tag`, `.class`, or `.class tag` (a tag inside a class). */
const PHRASE_MATCHERS: Matcher[] = PHRASE_SELECTORS.map((selector) => {
  const [first, second] = selector.split(/\s+/) as [string, string | undefined];
  const simple = (part: string) => (tag: string, classes: string[]) => (part.startsWith(".") ? classes.includes(part.slice(1)) : tag === part);
  if (second === undefined) return simple(first);
  const [outer, inner] = [simple(first), simple(second)];
  return (tag, classes, ancestors) => inner(tag, classes) && ancestors.some((ancestor) => outer(ancestor.tag, ancestor.classes));
});
