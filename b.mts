import { buildSite } from "./src/build/build-site.ts";
const r = await buildSite({ contentDir: process.argv[2]!, outDir: process.argv[3]!, preview: false, drafts: false, pdf: process.argv[4] === "pdf" });
console.log(r.ok, r.ok ? r.pages : r.error, r.diagnostics.length);
