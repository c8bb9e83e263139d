/** A share image's size: what OpenGraph and Twitter's large card show without cropping. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The image shared for pages that belong to no briefing, as a site path. */
export const SITE_SHARE_IMAGE_PATH = "/assets/share.png";

/**
 * The image shared for a briefing's pages, as a site path: `/<slug>/share.png`.
 * @param slug the briefing's folder name
 */
export function shareImagePath(slug: string): string {
  return `/${slug}/share.png`;
}

/**
 * The page Chromium photographs into a share image is written next to the image under this
 * name and removed once the image exists: `/<slug>/share-card.html` → `/<slug>/share.png`.
 */
export const SHARE_CARD_FILE = "share-card.html";

/** Where the card pages are written, as site paths, matching the images above. */
export const SHARE_CARD_PATHS = {
  site: "/assets/share-card.html",
  briefing: (slug: string) => `/${slug}/share-card.html`,
} as const;
