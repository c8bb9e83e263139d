import { readInterfaceWords } from "../../../../src/content/interface-words.ts";
import { describe, expect, it } from "vitest";
import { buildFeed, type FeedSources } from "../../../../src/outputs/feeds/feed.ts";
import { jsonFeed, JSON_FEED_VERSION } from "../../../../src/outputs/feeds/json-feed.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import type { RenderedBriefing as Briefing } from "../../../../src/render/briefing/rendered-briefing.ts";
import { CHINESE_BRIEFINGS, CHINESE_SLUG, VALID_BRIEFINGS } from "../../../helpers/fixtures.ts";
import { renderedBriefings } from "../../../helpers/project.ts";

const labels: FeedSources["labels"] = readInterfaceWords();
const settings = readSettings().site;
const sources = (briefings: Briefing[], overrides: Partial<FeedSources> = {}): FeedSources => ({ briefings, pdfs: {}, labels, settings, ...overrides });

describe("the feed model", () => {
  const briefings = [...renderedBriefings(VALID_BRIEFINGS), ...renderedBriefings(CHINESE_BRIEFINGS)];

  it("holds every briefing and dated update, newest first", () => {
    const feed = buildFeed(sources(briefings));
    const expected = briefings.reduce((count, b) => count + 1 + b.updates.length, 0);
    expect(feed.entries).toHaveLength(expected);
    const times = feed.entries.map((e) => e.published.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feed.updated?.time).toBe(Math.max(...feed.entries.map((e) => e.updated.time)));
  });

  it("keeps only as many entries as feed.limit allows, the newest", () => {
    const all = buildFeed(sources(briefings)).entries;
    const limited = buildFeed(sources(briefings, { settings: { ...settings, feed: { ...settings.feed, limit: 2 } } })).entries;
    expect(limited.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
  });

  it("writes each entry's dates in its own briefing's zone", () => {
    const feed = buildFeed(sources(briefings));
    const port = feed.entries.find((e) => e.url.endsWith("/trade-note/"))!;
    expect(port.published.rfc3339).toBe("2024-05-02T09:30:00+01:00");
    const confirmed = feed.entries.find((e) => e.title === "Figures confirmed")!;
    expect(confirmed.published.rfc822).toBe("Fri, 10 May 2024 00:00:00 +0100");
    const chinese = feed.entries.find((e) => e.url.endsWith(`/${CHINESE_SLUG}/`))!;
    expect(chinese.published.rfc822).toBe("Fri, 12 Jan 2024 18:00:00 +0800");
  });

  it("attaches a PDF only when the build printed one, with its exact size", () => {
    const [port] = renderedBriefings(VALID_BRIEFINGS) as [Briefing];
    const without = buildFeed(sources([port])).entries.find((e) => e.url.endsWith("/trade-note/"))!;
    expect(without.enclosure).toBeUndefined();
    const pdfs = { "trade-note": { url: "/trade-note/trade-note.pdf", bytes: 12345, pages: 2 } };
    const withPdf = buildFeed(sources([port], { pdfs })).entries.find((e) => e.url.endsWith("/trade-note/"))!;
    expect(withPdf.enclosure).toEqual({ url: "https://briefings.example.org/trade-note/trade-note.pdf", bytes: 12345, type: "application/pdf" });
    const json = JSON.parse(jsonFeed(buildFeed(sources([port], { pdfs })))) as { items: { url: string; attachments?: unknown[] }[] };
    expect(json.items.find((i) => i.url.endsWith("/trade-note/"))?.attachments).toEqual([
      { url: "https://briefings.example.org/trade-note/trade-note.pdf", mime_type: "application/pdf", size_in_bytes: 12345 },
    ]);
  });

  it("gives ids that depend on neither title, text nor edit date", () => {
    const [port] = renderedBriefings(VALID_BRIEFINGS) as [Briefing];
    const edited: Briefing = {
      ...port,
      title: "Renamed",
      summary: "Rewritten.",
      updated: "2024-06-01T10:00:00+01:00",
      updates: port.updates.map((u) => ({ ...u, title: `${u.title} (corrected)`, note: "New note." })),
    };
    const before = buildFeed(sources([port])).entries;
    const after = buildFeed(sources([edited])).entries;
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    const entry = after.find((e) => e.url.endsWith("/trade-note/"))!;
    expect(entry.id).toBe("tag:briefings.example.org,2024-05-02:trade-note");
    expect(entry.updated.rfc3339).toBe("2024-06-01T10:00:00+01:00");
    expect(entry.published.rfc3339).toBe("2024-05-02T09:30:00+01:00");
  });

  it("serialises as JSON Feed 1.1 whatever quotes and line breaks the text holds", () => {
    const [port] = renderedBriefings(VALID_BRIEFINGS) as [Briefing];
    const tricky: Briefing = { ...port, title: 'A "quoted" title\\ with </script> and\nnew line', summary: "Tab\there, brace {{ x }}" };
    const parsed = JSON.parse(jsonFeed(buildFeed(sources([tricky])))) as { version: string; items: { title: string; summary: string }[] };
    expect(parsed.version).toBe(JSON_FEED_VERSION);
    expect(parsed.items.map((i) => i.title)).toContain(tricky.title);
    expect(parsed.items.map((i) => i.summary)).toContain(tricky.summary);
  });
});
