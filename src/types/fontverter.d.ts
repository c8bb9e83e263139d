// fontverter ships JavaScript without declarations; this describes the one call we make.
declare module "fontverter" {
  /** Converts a font between sfnt (TrueType/OpenType), woff and woff2; the same format is returned as is. */
  export function convert(font: Buffer, toFormat: "sfnt" | "truetype" | "woff" | "woff2", fromFormat?: string): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
