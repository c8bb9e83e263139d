// The architecture as data (README, "How it works"): each layer of src/ imports only from the
// layers below it, so the folders are the diagram. `npm test` runs this through depcruise and
// fails on any import that breaks it. Rules for one layer are made from LAYERS, in order.
// https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md

/** The layers of src/, lowest first: a module may import from its own layer and those before it. */
const LAYERS = ["base", "content", "render", "outputs", "tools"];

/** A layer's folder as a path pattern. */
const folder = (layer) => `^src/${layer}/`;

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer}-imports-only-below`,
  comment: `src/${layer}/ may import only from ${LAYERS.slice(0, index + 1).map((l) => `src/${l}/`).join(", ")}: move the code down, or pass what it needs in.`,
  severity: "error",
  from: { path: folder(layer) },
  to: { path: `^src/(${LAYERS.slice(index + 1).join("|")})/` },
}));

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    {
      name: "eleventy-plugins-only-from-tools",
      comment: "The Eleventy plugins (src/outputs/eleventy/) are wired by .eleventy.js and the tools that run Eleventy; the outputs they call never call back into them. (src/types/ declares Eleventy's own module with their types.)",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/outputs/eleventy/", "^src/tools/", "^src/types/"] },
      to: { path: "^src/outputs/eleventy/" },
    },
    {
      name: "src-does-not-import-entries-or-tests",
      comment: "scripts/, .eleventy.js and test/ are entries: they import src/, never the other way round.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: ["^scripts/", "^test/", "^\\.eleventy\\.js$"] },
    },
    {
      name: "no-circular",
      comment: "Modules that import each other cannot be understood, tested or moved one at a time.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to nothing is a typo or a missing package.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count too: a type from a higher layer is still an upward dependency.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // Packages that publish only `exports` (markdown-it-cjk-friendly, csv-stringify/sync) resolve as Node resolves them.
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs", ".cjs", ".json", ".d.ts"], conditionNames: ["import", "require", "node", "default"], exportsFields: ["exports"] },
  },
};
