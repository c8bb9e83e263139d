import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { PdfInfo } from "../pdf/read-pdf-info.ts";
import type { Project } from "../../content/settings/project.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { canonicalUrl } from "../share/canonical-url.ts";
import { jsonLdScript } from "../share/json-ld.ts";
import { ogLocale } from "../share/og-locale.ts";
import { renderShareImages } from "../share/render-share-images.ts";
import { reportJsonLd } from "../share/report-json-ld.ts";
import { sitePageJsonLd } from "../share/page-json-ld.ts";
import { SHARE_CARD_PATHS, SHARE_IMAGE_SIZE, SITE_SHARE_IMAGE_PATH, shareImagePath } from "../../content/paths/share-paths.ts";
import { pdfKey } from "../../content/paths/briefing-paths.ts";
import { SITEMAP_PATH, sitemapEntries, sitemapXml, type WrittenPage } from "../share/sitemap.ts";
import { cacheFolder } from "../../base/cache-folder.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { stageClockOf } from "./site-options.ts";

/**
 * How pages are found and shared: canonical addresses, OpenGraph and Twitter card metadata
 * (`_includes/partials/share-meta.njk`), `Report` JSON-LD, the sitemap (written after the build
 * from the finished pages, see src/outputs/share/sitemap.ts), robots.txt (`src/site/discovery/`) and the
 * share images. Each briefing's card and the site's card
 * (`src/site/share/`) are rendered as pages, photographed by Chromium into PNGs after the
 * build (see src/outputs/share/render-share-images.ts) and then removed.
 *
 * Templates get `shareImage` (size and the site's image) and the filters `canonicalUrl`
 * (site path → absolute address), `ogLocale`, `shareImagePath`, `shareCardPath`, `reportJsonLd`
 * and `sitePageJsonLd` (the home's `WebSite`, every other listing's `CollectionPage`).
 */
export function sharePlugin(eleventyConfig: EleventyConfig, project: Project): void {
  const settings = project.settings.site;
  const absolute = (sitePath: string) => canonicalUrl(sitePath, settings.url);

  eleventyConfig.addGlobalData("shareImage", { ...SHARE_IMAGE_SIZE, site: SITE_SHARE_IMAGE_PATH, cards: { site: SHARE_CARD_PATHS.site } });
  eleventyConfig.addFilter("canonicalUrl", absolute);
  eleventyConfig.addFilter("ogLocale", ogLocale);
  // Each edition's pages share its own card, in its language.
  eleventyConfig.addFilter("shareImagePath", (briefing: Pick<RenderedBriefing, "slug" | "edition">) => shareImagePath(briefing));
  eleventyConfig.addFilter("shareCardPath", (briefing: Pick<RenderedBriefing, "slug" | "edition">) => SHARE_CARD_PATHS.briefing(briefing));
  eleventyConfig.addFilter("reportJsonLd", (briefing: RenderedBriefing, pdfs: Record<string, PdfInfo> | undefined) => {
    const pdf = pdfs?.[pdfKey(briefing)];
    const [own, ...others] = briefing.alternates.map((version) => ({ url: absolute(version.url), language: version.language }));
    const urls = {
      briefing: absolute(briefing.url),
      image: absolute(shareImagePath(briefing)),
      pdf: pdf ? absolute(pdf.url) : undefined,
      ...(briefing.edition === undefined ? { translations: others } : { translationOf: own }),
    };
    return jsonLdScript(reportJsonLd(briefing, urls, pdf));
  });
  eleventyConfig.addFilter("sitePageJsonLd", (pagePath: string, name: string, description: string, language: string) =>
    jsonLdScript(sitePageJsonLd({ url: absolute(pagePath), home: absolute("/"), name, description, language })),
  );

  eleventyConfig.on("eleventy.after", async (context) => {
    const { directories, results } = context as { directories?: { output?: string }; results?: WrittenPage[] };
    const output = directories?.output;
    if (!output) return;
    // The sitemap is written from the finished pages, so it lists exactly what was published.
    const clock = stageClockOf(eleventyConfig);
    await clock.time("sitemap", () => writeFile(path.join(output, SITEMAP_PATH), sitemapXml(sitemapEntries(results ?? []))));
    await clock.time("share images", () => renderShareImages(output, { pathPrefix: settings.pathPrefix, cacheDir: cacheFolder(project.run.cacheDir, "share-images"), browser: project.run.browser }));
  });
}
