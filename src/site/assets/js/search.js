// The search page's results: queries the Pagefind index the build wrote (src/outputs/search/index-site.ts)
// and lists each matching section with its briefing and a highlighted excerpt. Loaded as a module
// from this site only (no inline script, for the Content-Security-Policy). Without JavaScript the
// page's form still submits to /search/?q=… and a <noscript> note says why nothing is listed.
// Each language section has its own search page (/fr/search/); it finds the sections of its own
// language's briefings (their Pagefind filter `section`, see briefing/section.njk) unless the
// reader ticks "every language" (`all=1`), and then still lists its own language's sections first:
// Pagefind ranks by words alone, so a figure or a name every edition shares would otherwise put
// another language's edition above the reader's own.

const root = document.querySelector("[data-search]");
if (root) start(root);

/** @param {HTMLElement} root the search page's container, carrying its settings as data attributes */
function start(root) {
  const form = root.querySelector("form");
  const input = root.querySelector("input[type=search]");
  const everyLanguage = root.querySelector("input[name=all]");
  const status = root.querySelector("[role=status]");
  const list = root.querySelector("ol");
  const words = JSON.parse(root.dataset.words ?? "{}");
  const pageLanguage = document.documentElement.lang;
  let pagefind;
  let latest = 0;

  /** Loads Pagefind once, from the bundle folder the page names (it may sit under a sub-path). */
  async function load() {
    if (!pagefind) {
      pagefind = await import(`${root.dataset.bundle}pagefind.js`);
      await pagefind.options({ baseUrl: root.dataset.base, excerptLength: 36, excerptEllipsis: "…" });
    }
    return pagefind;
  }

  async function run(query) {
    const search = ++latest;
    list.replaceChildren();
    list.hidden = true;
    if (!query) {
      status.textContent = "";
      return;
    }
    status.textContent = words.loading;
    try {
      const engine = await load();
      const own = await engine.search(query, { filters: { section: root.dataset.section } });
      const ranked = everyLanguage?.checked ? ownLanguageFirst(own.results, (await engine.search(query)).results) : own.results;
      const results = await Promise.all(ranked.slice(0, 20).map((result) => result.data()));
      // A newer search started while this one ran: its results win.
      if (search !== latest) return;
      list.replaceChildren(...results.map(renderResult));
      list.hidden = results.length === 0;
      const count = ranked.length;
      status.textContent = resultsSentence(count).replace("{query}", query);
    } catch (error) {
      if (search !== latest) return;
      status.textContent = words.failed;
      console.error(error);
    }
  }

  /**
   * "No results", or the results sentence in the plural form the count takes in the page's
   * language (one/other in English, one/few/many in Russian, six forms in Arabic).
   */
  function resultsSentence(count) {
    if (count === 0) return words.none;
    const forms = typeof words.results === "string" ? { other: words.results } : words.results;
    const form = forms[new Intl.PluralRules(pageLanguage).select(count)] ?? forms.other;
    return form.replace("{count}", new Intl.NumberFormat(pageLanguage).format(count));
  }

  /** One result: briefing, section (and sub-heading), and the excerpt with the query marked. */
  function renderResult(data) {
    const best = bestSubResult(data);
    const item = element("li", "search-result");
    const language = data.meta.language;
    if (language && language !== pageLanguage) item.lang = language;
    if (data.meta.briefing) item.append(element("p", "search-result__briefing", data.meta.briefing));
    const heading = element("h2", "search-result__title");
    const title = headingText(data.meta.title);
    const subheading = headingText(best?.title);
    const link = element("a", "", title ?? data.url);
    // A match under one of the section's sub-headings links there; one under its title, to the page.
    const underSubheading = best && subheading && subheading !== title;
    link.href = underSubheading ? best.url : data.url;
    heading.append(link);
    if (underSubheading) heading.append(" ", element("span", "search-result__anchor", `› ${subheading}`));
    item.append(heading);
    const excerpt = element("p", "search-result__excerpt");
    excerpt.append(...markedText(best?.excerpt ?? data.excerpt));
    item.append(excerpt);
    return item;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    if (everyLanguage?.checked) url.searchParams.set("all", "1");
    else url.searchParams.delete("all");
    history.replaceState(null, "", url);
    run(query);
  });

  const params = new URLSearchParams(location.search);
  const initial = params.get("q")?.trim() ?? "";
  input.value = initial;
  if (everyLanguage) {
    everyLanguage.checked = params.get("all") === "1";
    everyLanguage.addEventListener("change", () => form.requestSubmit());
  }
  if (initial) run(initial);
}

/**
 * Every result, those in the page's language first, each group in Pagefind's order.
 * @param own the results found with the page's language filter
 * @param every the results found in every language
 */
function ownLanguageFirst(own, every) {
  const ids = new Set(own.map((result) => result.id));
  return [...own, ...every.filter((result) => !ids.has(result.id))];
}

/**
 * A heading as written: the index closes every heading with a full stop (. or 。) so excerpts
 * read right (src/outputs/search/punctuate-for-index.ts), and titles shown as links drop it.
 */
function headingText(text) {
  return text?.replace(/[.。]$/u, "");
}

/** The sub-result (a heading's part of the page) with the most matches; Pagefind lists them in page order. */
function bestSubResult(data) {
  const subs = data.sub_results ?? [];
  return subs.reduce((best, sub) => (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0) ? sub : best), undefined);
}

/** A Chinese, Japanese or Korean character at the end or the start of a text. */
const DENSE_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const DENSE_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Pagefind's excerpt as DOM nodes: its text, with only its <mark> elements kept. Parsed, never
 * assigned as HTML, so nothing in an excerpt can become markup on the page. Marks that touch
 * between Chinese, Japanese or Korean characters become one: the browser splits some Chinese
 * words in two (赛事 → 赛 事), and the reader searched for the word, not for two boxes.
 */
function markedText(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt ?? ""}</p>`, "text/html");
  const nodes = [];
  for (const node of parsed.body.firstChild?.childNodes ?? []) {
    // Pagefind puts a space after every block; after a full-width mark (。，) Chinese and Japanese want none.
    const text = (node.textContent ?? "").replace(/([。，、；：！？」』）])\s+/gu, "$1");
    const previous = nodes.at(-1);
    // Only where the two touch between Chinese, Japanese or Korean characters: Latin words stay two.
    if (node.nodeName === "MARK" && previous?.nodeName === "MARK" && DENSE_END.test(previous.textContent) && DENSE_START.test(text)) previous.textContent += text;
    else if (node.nodeName === "MARK") nodes.push(element("mark", "", text));
    else if (text) nodes.push(document.createTextNode(text));
  }
  return nodes;
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
