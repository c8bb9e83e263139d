// The bare-Eleventy floor of `npm run bench`: Eleventy rendering the same Markdown with a
// trivial layout and nothing else, so the bench can say what our own build adds to it.
// Plain JavaScript, run by plain node, so the floor pays for no TypeScript loader.
export default function (eleventyConfig) {
  // The briefings' shortcodes print their argument: the floor does no work for them.
  eleventyConfig.addShortcode("figure", (id) => id);
  eleventyConfig.addShortcode("chart", (id) => id);
  eleventyConfig.addGlobalData("layout", "bare.njk");
  return { markdownTemplateEngine: "njk", dir: { includes: "_includes" } };
}
