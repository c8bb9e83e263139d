import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { formatFindings } from "../../../../src/tools/check/finding.ts";
import { runChecks, type CheckName } from "../../../../src/tools/check/run-checks.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { shippedSiteUrl } from "../../../helpers/project.ts";
import { sharedBrowserOptions, sharedSite } from "../../../helpers/shared-site.ts";

const slug = "trade-note";

// The English site (test/shared-sites.ts): the test briefing built with its PDF; each test breaks a copy.
describe("the quality gate over a built site", () => {
  const work = tempDir();
  const built = sharedSite("english");
  let copies = 0;
  const baseline = new Map<string, string[]>();

  /** Copies the built site, lets the test break one thing, and returns the folder. */
  const brokenCopy = async (breakIt: (dir: string) => void | Promise<void>): Promise<string> => {
    const dir = path.join(work, `copy-${++copies}`);
    cpSync(built, dir, { recursive: true });
    await breakIt(dir);
    return dir;
  };

  /** The findings the break added: what the gate reports now and did not on the unbroken site. */
  const newFindings = async (dir: string, checks: CheckName[]): Promise<string[]> => {
    const key = checks.join();
    if (!baseline.has(key)) baseline.set(key, formatFindings((await runChecks(built, { only: checks, siteUrl: shippedSiteUrl(), browser: sharedBrowserOptions() })).findings));
    const before = new Set(baseline.get(key));
    return formatFindings((await runChecks(dir, { only: checks, siteUrl: shippedSiteUrl(), browser: sharedBrowserOptions() })).findings).filter((line) => !before.has(line));
  };

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("fails a page with a duplicate id, naming the page, the line and the rule", async () => {
    const dir = await brokenCopy((d) => {
      const file = path.join(d, slug, "index.html");
      writeFileSync(file, readFileSync(file, "utf8").replace("</main>", '<p id="twice">a</p><p id="twice">b</p></main>'));
    });
    const found = await newFindings(dir, ["html"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${slug}/index\\.html: line \\d+:\\d+: Duplicate ID "twice" \\(html-validate no-dup-id\\)$`));
  });

  it("fails a link to a fragment the target page does not have, and a link to a missing file", async () => {
    const dir = await brokenCopy((d) => {
      const file = path.join(d, "index.html");
      writeFileSync(file, readFileSync(file, "utf8").replace("</main>", `<a href="${slug}/#no-such-paragraph">x</a><a href="/${slug}/missing.csv">y</a></main>`));
    });
    const found = await newFindings(dir, ["links"]);
    expect(found).toEqual([
      `index.html: broken link: "/${slug}/missing.csv" leads to ${slug}/missing.csv, which is not in the site`,
      `index.html: broken link: "${slug}/#no-such-paragraph": ${slug}/index.html has no element with id "no-such-paragraph"`,
    ]);
  });

  it("fails a PDF whose link points at the build's loopback address, naming the page", async () => {
    const dir = await brokenCopy(async (d) => {
      const file = path.join(d, slug, `${slug}.pdf`);
      const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      const page = pdf.getPage(1);
      const link = pdf.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [50, 50, 150, 70],
        Border: [0, 0, 0],
        A: { Type: "Action", S: "URI", URI: PDFString.of("http://127.0.0.1:41234/trade-note/figures/") },
      });
      page.node.addAnnot(pdf.context.register(link));
      writeFileSync(file, await pdf.save());
    });
    const found = await newFindings(dir, ["pdfs"]);
    expect(found).toEqual([
      `${slug}/${slug}.pdf: page 2 links to http://127.0.0.1:41234/trade-note/figures/, an address on the build machine that readers cannot open`,
    ]);
  });

  it("fails a PDF whose outline differs from the print edition's headings", async () => {
    const dir = await brokenCopy((d) => {
      const file = path.join(d, slug, "print", "index.html");
      const html = readFileSync(file, "utf8");
      const heading = /<h2[^>]*>([^<]+)<\/h2>/.exec(html)!;
      writeFileSync(file, html.replace(heading[0], heading[0].replace(heading[1]!, "A heading the PDF does not have")));
    });
    const found = await newFindings(dir, ["pdfs"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^trade-note\/trade-note\.pdf: its outline has (\d+) entries and the print edition \1 headings; entry \d+ is ".+" where the heading is "A heading the PDF does not have"$/);
  });

  it("fails an untagged PDF and a truncated one", async () => {
    const dir = await brokenCopy(async (d) => {
      const file = path.join(d, slug, `${slug}.pdf`);
      const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      pdf.catalog.delete(PDFName.of("StructTreeRoot"));
      pdf.catalog.delete(PDFName.of("MarkInfo"));
      writeFileSync(file, await pdf.save());
      const copy = path.join(d, slug, "copy.pdf");
      const bytes = readFileSync(file);
      writeFileSync(copy, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    });
    const found = await newFindings(dir, ["pdfs"]);
    expect(found.filter((line) => line.startsWith(`${slug}/${slug}.pdf:`))).toEqual([
      `${slug}/${slug}.pdf: is not tagged: it has no structure tree (StructTreeRoot)`,
      `${slug}/${slug}.pdf: is not tagged: MarkInfo does not say /Marked true`,
    ]);
    expect(found.some((line) => line.startsWith(`${slug}/copy.pdf: qpdf --check`))).toBe(true);
  });

  it("fails a feed with a relative link, a malformed date, a repeated id and a wrong enclosure length", async () => {
    const dir = await brokenCopy((d) => {
      const rss = path.join(d, "feed.xml");
      let text = readFileSync(rss, "utf8");
      const link = /<item>\s*<title>[^<]*<\/title>\s*<link>([^<]+)<\/link>/.exec(text)!;
      text = text.replace(`<link>${link[1]}</link>`, `<link>/${slug}/</link>`);
      text = text.replace(/<pubDate>[^<]+<\/pubDate>/, "<pubDate>2023-06-27 18:00</pubDate>");
      text = text.replace(/(<enclosure [^>]*length=")(\d+)"/, (_, start: string, length: string) => `${start}${Number(length) + 1}"`);
      writeFileSync(rss, text);
      const json = path.join(d, "feed.json");
      const feed = JSON.parse(readFileSync(json, "utf8")) as { items: Array<{ id: string }> };
      feed.items[1]!.id = feed.items[0]!.id;
      writeFileSync(json, JSON.stringify(feed));
    });
    const found = await newFindings(dir, ["feeds"]);
    expect(found).toEqual([
      expect.stringMatching(/^feed\.json: entry 2 has the id (tag:\S+) where atom\.xml has tag:\S+; every feed should carry the same entries in the same order$/),
      expect.stringMatching(/^feed\.json: item 2 repeats the id tag:.+; each entry needs its own permanent id$/),
      'feed.xml: item 1 link: "/trade-note/" is not an absolute URL; feed readers need the full address',
      'feed.xml: item 1 pubDate: "2023-06-27 18:00" is not an RFC 822 date (write e.g. "Tue, 27 Jun 2023 18:00:00 +0800")',
      expect.stringMatching(/^feed\.xml: item \d enclosure: states (\d+) bytes, but the file is \d+ bytes$/),
    ]);
  });

  it("fails relative links inside the HTML an entry carries", async () => {
    const dir = await brokenCopy((d) => {
      const atom = path.join(d, "atom.xml");
      writeFileSync(atom, readFileSync(atom, "utf8").replace(/(<content type="html">)/, "$1&lt;p&gt;&lt;a href=&quot;../figures/&quot;&gt;x&lt;/a&gt;&lt;/p&gt;"));
    });
    const found = await newFindings(dir, ["feeds"]);
    expect(found).toEqual([`atom.xml: entry 1 content (a href): "../figures/" is not an absolute URL; feed readers need the full address`]);
  });
});
