/**
 * npm run bench [-- N]: every benchmark, in one run.
 *   HTML: samling's build of N synthetic reports (default 1,000) vs bare Eleventy + Pagefind, first and again; peak memory.
 *   Print: a long report, 20 reports, and an unchanged rebuild, vs bare Paged.js.
 *   Images: 200 photos across 50 reports, first build and unchanged rebuild.
 *   Scaling: a first build and the check of 100, 1,000 and 5,000 reports, per report, with peak memory.
 *   Serve: save → page reloaded with the edit, at 10, 100 and 1,000 reports; memory after 20 and 120 saves.
 *   Import: a 50 MB Word document with 60 photos and a 400-section text-only one: s/MB, text kept; a 1.5 MB zip bomb refused.
 * BENCH_ONLY=html|scaling|serve|print|images|import runs one of them.
 * Times are printed, never asserted: a timed test would fail on a busy machine.
 */
import { benchHtml } from "./html-build.ts";
import { benchImages } from "./images.ts";
import { benchImport } from "./import.ts";
import { benchPrint } from "./print.ts";
import { benchScaling } from "./scaling.ts";
import { benchServe } from "./serve.ts";

const count = Number(process.argv[2] ?? process.env.BENCH_REPORTS ?? 1000);
const only = process.env.BENCH_ONLY;
if (!only || only === "html") await benchHtml(count);
if (!only || only === "scaling") await benchScaling();
if (!only || only === "serve") await benchServe();
if (!only || only === "print") await benchPrint();
if (!only || only === "images") await benchImages();
if (!only || only === "import") await benchImport();
