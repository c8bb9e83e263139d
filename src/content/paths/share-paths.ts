import { briefingUrl, editionUrl } from "./briefing-paths.ts";

/** A briefing or one of its editions, as far as where its files go is concerned. */
interface EditionOf {
  slug: string;
  /** The edition's folder under `sections/`, for an edition in another language. */
  edition?: string;
}

/** A briefing's folder, or its edition's: `/<slug>/`, `/<slug>/<edition>/`. */
function folderOf(briefing: EditionOf): string {
  return briefing.edition === undefined ? briefingUrl(briefing.slug) : editionUrl(briefing.slug, briefing.edition);
}

/** A share image's size: what OpenGraph and Twitter's large card show without cropping. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The image shared for pages that belong to no briefing, as a site path. */
export const SITE_SHARE_IMAGE_PATH = "/assets/share.png";

/**
 * The image shared for a briefing's pages, as a site path: `/<slug>/share.png`, and for an
 * edition's, its own card in its language: `/<slug>/<edition>/share.png`.
 * @param briefing the briefing or edition
 */
export function shareImagePath(briefing: EditionOf): string {
  return `${folderOf(briefing)}share.png`;
}

/**
 * The page Chromium photographs into a share image is written next to the image under this
 * name and removed once the image exists: `/<slug>/share-card.html` → `/<slug>/share.png`
 * (`/<slug>/<edition>/share-card.html` for an edition).
 */
export const SHARE_CARD_FILE = "share-card.html";

/** Where the card pages are written, as site paths, matching the images above. */
export const SHARE_CARD_PATHS = {
  site: "/assets/share-card.html",
  briefing: (briefing: EditionOf) => `${folderOf(briefing)}${SHARE_CARD_FILE}`,
} as const;
