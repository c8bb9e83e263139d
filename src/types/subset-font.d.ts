// subset-font ships JavaScript without declarations; this describes the one call we make.
declare module "subset-font" {
  interface SubsetFontOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    keepFeatures?: string[];
    noHinting?: boolean;
    dropTables?: string[];
  }
  /** Subsets a font (sfnt, woff or woff2) to the glyphs `text` needs. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
