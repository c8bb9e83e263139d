// Eleventy imports .eleventy.js, and through it our TypeScript plugins, with Node's own
// import(), outside Vitest's transform: tsx's loader lets Node read those .ts files.
import { register } from "tsx/esm/api";

register();
