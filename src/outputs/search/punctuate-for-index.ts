import { Parser } from "htmlparser2";
import { punctuationFor } from "../../render/format/punctuation.ts";

/** Elements Pagefind ends with a sentence of their own, and table cells, which it runs together. */
const BLOCKS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "caption", "figcaption", "th", "td"]);

/** Text that already ends a sentence or a clause, in the scripts shipped (a percent sign or bracket does not). */
const ENDS_PUNCTUATED = /[.!?…:;,。！？：；，、؟،؛]$/u;

/** An element open at the parser's position. */
interface Open {
  name: string;
  /** Inside the indexed body (`data-pagefind-body`, the first one), itself included. */
  indexed: boolean;
  /** Inside a `data-pagefind-ignore` part, itself included. */
  ignored: boolean;
  /** A block that may be closed with punctuation: indexed, not ignored, not metadata. */
  closable: boolean;
  /** Whether a block opened inside it (a list item holding a list is closed by its last block). */
  holdsBlock: boolean;
  /** Its text, entities decoded, while it is closable. */
  text: string;
  /** A cell closed inside it whose punctuation waits to learn whether another element follows it. */
  pendingCell?: number;
}

/**
 * A page's HTML as Pagefind should index it, so its excerpts read in the page's language.
 * Pagefind closes every block that does not end in punctuation with a Latin full stop ("影响力.
 * 北京") and runs table cells together ("Rotterdam13.4 million"); here each heading and block
 * of the indexed body ends in the language's own full stop (。 in Chinese and Japanese), and
 * each cell in the language's comma, its row's last in a full stop. Elements Pagefind reads as
 * metadata or ignores are left alone. Only the copy handed to Pagefind changes, never the page.
 * The page is read once as a stream and the punctuation written in before the blocks' end
 * tags: building a DOM of every section page was a third of a warm build's CPU at a thousand
 * briefings (issue 21).
 * @param html the page as Eleventy wrote it
 * @returns the HTML to index
 */
export function punctuateForIndex(html: string): string {
  if (!html.includes("data-pagefind-body")) return html;
  let language = "en";
  let bodySeen = false;
  const stack: Open[] = [];
  /** Where to write what, by offset in the page; a cell's mark is settled when its row goes on or ends. */
  const inserts: Array<{ at: number; mark: "stop" | "comma" }> = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "html" && attributes.lang) language = attributes.lang;
        const parent = stack.at(-1);
        if (parent?.pendingCell !== undefined) {
          inserts[parent.pendingCell]!.mark = "comma";
          parent.pendingCell = undefined;
        }
        const startsBody = !bodySeen && "data-pagefind-body" in attributes;
        if (startsBody) bodySeen = true;
        const indexed = startsBody || (parent?.indexed ?? false);
        const ignored = (parent?.ignored ?? false) || "data-pagefind-ignore" in attributes;
        const block = BLOCKS.has(name);
        if (block) for (const open of stack) open.holdsBlock = true;
        stack.push({ name, indexed, ignored, closable: block && indexed && !ignored && !("data-pagefind-meta" in attributes), holdsBlock: false, text: "" });
      },
      ontext(text) {
        for (const open of stack) if (open.closable) open.text += text;
      },
      onclosetag(name) {
        const open = stack.pop();
        if (!open) return;
        if (open.pendingCell !== undefined) open.pendingCell = undefined;
        if (!open.closable || open.holdsBlock) return;
        const text = open.text.trim();
        if (!text || ENDS_PUNCTUATED.test(text)) return;
        inserts.push({ at: parser.startIndex, mark: "stop" });
        const parent = stack.at(-1);
        if ((name === "td" || name === "th") && parent) parent.pendingCell = inserts.length - 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (!bodySeen) return html;
  const punctuation = punctuationFor(language);
  const marks = { stop: punctuation.stop.trimEnd(), comma: punctuation.comma };
  let out = "";
  let from = 0;
  for (const { at, mark } of inserts) {
    out += html.slice(from, at) + marks[mark];
    from = at;
  }
  return out + html.slice(from);
}
