import { markdown } from "../../render/markdown/create-markdown.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Makes Eleventy render Markdown templates with the project's one markdown-it instance. */
export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", markdown);
}
