/**
 * What the Eleventy build and `serve`'s page-at-a-time preview share: the
 * Nunjucks settings, the files copied as they are, and the files generated
 * from our sources. .eleventy.ts hands these to Eleventy; the preview writes
 * the same files itself (src/live/).
 */
import {
  bundleCss,
  bundlePrintCss,
  bundlePrintHandlers,
  scriptFiles,
  siteAssetFiles,
  siteCss,
  vendorFiles,
} from "./assets.ts";

/** Every value from YAML is escaped unless a filter made it HTML on purpose. */
export const NUNJUCKS_OPTIONS = {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
} as const;

/** Source (relative to the project, or absolute) → destination in the output folder. */
export const copiedFiles = (): Record<string, string> => ({
  "assets/img": "assets/img",
  ...scriptFiles(),
  "assets/css/preview.css": "assets/css/preview.css",
  ...vendorFiles(),
  ...siteAssetFiles(),
});

/** Files made from our sources at build time: destination → content. */
export const generatedFiles = (): Record<string, () => string> => ({
  "/assets/css/samling.css": () => bundleCss("assets") + siteCss(),
  "/assets/css/print.css": () => bundlePrintCss("assets"),
  "/assets/js/print-handlers.js": () => bundlePrintHandlers("assets"),
});
