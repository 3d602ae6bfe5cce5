/** The command line's own messages in English, for an IT contact or a reader without Norwegian. */
import { formatCount, formatFileSize } from "../format.ts";
import type { CliMessages } from "./types.ts";

const n = (count: number, one: string, many: string) => formatCount(count, one, many, "en");

export const en: CliMessages = {
  usage: `Usage: samling <command> [options]

Commands:
  init FOLDER    make a new site: content, CI and settings, with samling as a dependency
  new "Title"    make a new report (a draft) with example files to fill in
  import FILE.docx
                 turn a Word document into a new report (a draft), with chapters,
                 lists, tables, images and footnotes, and say what needs checking
  build          check the content and build the site into _site/
  check          only check the content; builds nothing
  check --fix    give old field names their new names in the files (comments and order stay)
  serve          preview: build, start a local server, reload the page on every change

Options:
  --content <folder>  the content folder (default: content)
  --out <folder>      where build writes the site (default: _site); serve never writes there
  --lang nb|en        language of messages (default: nb)
  --port <number>     port for serve (default: 8080)
  --host <name>       a host name serve answers to, besides 127.0.0.1 and localhost (may be repeated)
  --no-pdf            build only the web pages, no PDFs
  --no-cache          build everything anew, reading nothing from .cache/ (if in doubt)
  --drafts            include draft reports, marked as drafts (serve always does)
  --strict            warnings (personal data, for example) count as errors
  --format <f>        text (default), json or github (annotations in GitHub Actions)
  --date YYYY-MM-DD   the date for new and import (default: today; import: the document's)
  --title "Title"     the title for import (default: the document's)
  --shape <shape>     for new: conference, partnership (partnership meeting)
                      or visit (a visit with a programme); default: conference
  --name "Name"       for init: the site's name (the organisation)
  --site-lang nb|nn|en  for init: the site's language (default: nb)
  --url <address>     for init: the address the site is published at
  --color #RRGGBB     for init: the main colour
  --example           for init: include an example report (a draft)
  --samling <spec>    for init: how package.json gets samling (a version, a tarball or a git address)
  -v, --version       show which version of samling this is
  -h, --help          show this help
`,

  args: {
    unknownCommand: (command) => `unknown command "${command}"`,
    importNeedsFile: "import needs a Word document: samling import report.docx",
    langValues: "--lang must be nb or en",
    formatValues: "--format must be text, json or github",
    shapeValues: (shapes) => `--shape must be ${shapes.join(", ")}`,
    newNeedsTitle: `new needs a title: samling new "Title of the report"`,
    initNeedsFolder: "init needs a folder: samling init my-site",
    initNeedsName: `init needs a name: samling init my-site --name "Health partnership"`,
    siteLangValues: "--site-lang must be nb, nn or en",
  },

  build: {
    noBrowser:
      "samling: found no Chromium, Chrome or Edge to make PDFs with. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium), point to one with CHROME_PATH=…, or build without PDFs using --no-pdf.",
    nothingWritten: "Nothing was written.",
    done: (b) => {
      const pdfs = b.pdfs ? `, ${n(b.pdfs.count, "PDF", "PDFs")} (${b.pdfs.printed} printed)` : "";
      return `${n(b.reports, "report", "reports")}, ${n(b.pages, "page", "pages")}${pdfs} → ${b.outDir}/ (${b.seconds} s)`;
    },
    locked: (outDir, pid) =>
      `another build (process ${pid}) is already writing to ${outDir}/. Wait for it to finish, or stop it, then build again.`,
    fileSystem: (f) => {
      const what: Record<string, string> = {
        ENOSPC: "the disk is full",
        EDQUOT: "the disk quota is used up",
        EIO: "the disk answered with a read or write error",
        EACCES: "samling is not allowed to write here",
        EPERM: "samling is not allowed to write here",
        EROFS: "the disk is read-only",
      };
      const where = f.file ? `: could not write ${f.file}` : "";
      const needed = f.bytes ? ` (it needed ${formatFileSize(f.bytes, "en")})` : "";
      const fix =
        f.code === "ENOSPC" || f.code === "EDQUOT"
          ? " Free some space and build again."
          : " Check the disk and the folder, and build again.";
      return `${what[f.code] ?? f.code}${where}${needed}.${fix}`;
    },
    incomplete: (problems) =>
      `what was made is not whole, so nothing was published:\n${problems
        .map((p) => {
          const why: Record<string, string> = {
            missing: "is missing",
            empty: "is empty",
            size: `has ${p.found} bytes, should have ${p.expected}`,
            pages: `has ${p.found} pages, should have ${p.expected}`,
            unreadable: "cannot be read",
          };
          return `  ${p.file} ${why[p.what] ?? p.what}`;
        })
        .join("\n")}\nMost often the disk is full or failing; check it, and build again.`,
  },

  fix: {
    changed: (changes, files) =>
      `changed ${n(changes, "field", "fields")} in ${n(files, "file", "files")} (see git diff):`,
    renamed: (from, to) => `${from} → ${to}`,
    removed: (key) => `${key} removed`,
    nothing: "nothing to change: no old field names.",
    nothingByItself: "nothing was changed: the old field names below must be corrected by hand.",
    notWritten: (file, reason) => `could not write ${file} (${reason}); the file is as it was.`,
  },

  serve: {
    ready: (reports, ms) => `${n(reports, "report", "reports")} ready (${ms} ms)`,
    address: (url) => `${url} (Ctrl+C to stop)`,
  },

  errorPage: {
    title: "The content has errors",
    lead: "The page comes back as soon as the files are fixed and saved.",
    failed: "The build stopped",
  },

  init: {
    ask: {
      name: "The site's name (the organisation): ",
      siteLang: "Language (nb, nn or en) [nb]: ",
      url: "The address it will be published at (may be left empty): ",
      color: "Main colour as #RRGGBB (may be left empty): ",
    },
    notEmpty: (dir) => `${dir} exists and is not empty. Choose a new folder.`,
    badUrl: (url) => `"${url}" is not a full address. Write it as https://reports.example.org/`,
    badColor: (color) => `"${color}" is not a colour as #RRGGBB, for example #1e4b7a`,
    made: (s) =>
      `New site in ${s.dir}/:\n${s.files.map((f) => `  ${f}`).join("\n")}\n\n` +
      `Next steps:\n` +
      `  1. cd ${s.dir} && npm install\n` +
      `  2. npm run serve and open http://127.0.0.1:8080/${s.example ? ` — the example report is a draft: replace its text, or delete content/reports/${s.example}/` : ""}\n` +
      `  3. npm run new -- "Title" for a new report; README.md tells the rest.\n`,
  },

  new: {
    badDate: (date) => `"${date}" is not a valid date. Write it as YYYY-MM-DD, for example --date 2025-05-20.`,
    emptyTitle: "The title is empty.",
    exists: (dir) => `${dir} already exists. Choose another title or date, or edit the existing report.`,
    made: (r) =>
      `New report (draft) in ${r.dir}/:\n${r.files.map((f) => `  ${f}`).join("\n")}\n\n` +
      `Next steps:\n` +
      `  1. Run npm run serve and open ${r.url} — the page updates whenever you save.\n` +
      `  2. Fill in the files; the comments (#) explain the fields, and docs/fields.md lists them all.\n` +
      `  3. Set "status: published" in report.yaml when the report is ready, and run npm run build.\n`,
  },

  import: {
    failed: (file, reason) => `cannot import ${file}: ${reason}.`,
    reasons: {
      notDocxName: "only Word documents (.docx) can be imported",
      notFound: "the file does not exist",
      isFolder: "that is a folder, not a file",
      unreadable: "the file cannot be read",
      empty: "the file is empty",
      tooLarge: (mb, limit) => `the file is ${mb} MB; the limit is ${limit} MB`,
      oldOrEncrypted:
        "the file is password-protected, or an old Word document (.doc). Open it in Word and save it as .docx without a password",
      notWord: "the file is not a Word document (.docx)",
      zipNotWord: "the file is a zip archive, but not a Word document (.docx)",
      damaged: "the file is damaged: it cannot be read as a Word document (.docx)",
      bomb: (entry, unpacked, packed) =>
        `the file is not an ordinary Word document: ${entry} unpacks from ${formatFileSize(packed, "en")} to ${formatFileSize(unpacked, "en")} (a "zip bomb"). Nothing was unpacked`,
      tooManyEntries: (count, limit) =>
        `the file holds ${count} parts; a Word document has far fewer (the limit is ${limit})`,
      unpacksTooLarge: (mb, limit) => `the file unpacks to ${mb} MB; the limit is ${limit} MB`,
      emptyDocument: "the document is empty",
      badDate: (date) => `"${date}" is not a valid date. Write it as YYYY-MM-DD`,
      exists: (dir) =>
        `${dir} already exists; choose another title or date (--title, --date), or move the existing report`,
      cannotWrite: (code) => `could not write the report folder (${code ?? "unknown error"})`,
    },
    summary: {
      imported: (source, dir) => `Imported ${source} → ${dir}/ (draft)`,
      chapters: (c) => n(c, "chapter", "chapters"),
      textBlocks: (c) => n(c, "text block", "text blocks"),
      tables: (c) => n(c, "table", "tables"),
      images: (c, withoutAlt) =>
        `${n(c, "image", "images")}${withoutAlt ? ` (${withoutAlt} without alternative text)` : ""}`,
      footnotes: (c) => n(c, "footnote", "footnotes"),
      checkHeading: "To check:",
      noAlt: (file) => `${file}: the image has no alternative text (alt) – describe what it shows`,
      noCaption: (file) => `${file}: the table has no title ("Table …" above it) – write one in "caption"`,
      noteInTable: (file) => `${file}: a footnote in the table was left out – move it into the text`,
      droppedLink: (link) => `the link "${link}" was removed (unsafe address); its text remains`,
      unknownStyles: (styles) => `unknown styles were read as plain text: ${styles.map((s) => `"${s}"`).join(", ")}`,
      date: (file, from) =>
        `${file}: the date is ${from === "document" ? "when the document was created" : "today's"} – set the date of the meeting`,
      fillIn: (file) => `${file}: fill in the place, organiser and summary`,
      next: "Next: run npm run serve and look at the report; npm run check shows what is left to do.",
    },
  },

  print: {
    printed: (p) =>
      `PDF ${p.n}/${p.of}  ${p.id}  ${n(p.pages, "page", "pages")}  ${p.seconds === undefined ? "unchanged" : `${p.seconds.toFixed(1)} s`}`,
    stopped: (p) => `PDF ${p.n}/${p.of}  ${p.id}  STOPPED (${p.stage}, ${p.reason}, ${p.seconds.toFixed(1)} s)`,
    heading: (failed) => `${n(failed, "report", "reports")} got no PDF:`,
    stage: {
      load: "loading the print page",
      layout: "Paged.js layout",
      pdf: "making the PDF in Chromium",
      finish: "finishing the PDF",
    },
    what: (f) =>
      ({
        error: "the browser reported an error",
        crash: "the browser crashed",
        timeout: `not finished after ${f.budget} s (the report's time limit)`,
      })[f.reason],
    advice: (f, more) => {
      const preview = `open ${f.path} in samling serve (the print preview link on the report's page)`;
      if (f.reason === "crash")
        return `The browser stopped, often because memory ran out. Close other programs and build again; if it happens again with the same report, ${preview}.`;
      if (f.reason === "timeout" && f.stage === "layout")
        return `Paged.js did not finish the pages: ${preview} and see where the layout stops. If the report is just large or the machine busy, allow more time: SAMLING_PRINT_TIMEOUT=${more} samling build.`;
      if (f.reason === "timeout")
        return `Build again with more time: SAMLING_PRINT_TIMEOUT=${more} samling build. If it happens again, ${preview}.`;
      if (f.stage === "pdf" || f.stage === "finish")
        return "The pages were laid out, but the PDF was not made. Build again; if it happens again, report it to the samling maintainers with this message.";
      return `See the error where it happens: ${preview}; it shows on the page and in the browser's console. Fix what causes it (often a change in layouts/print, assets/css/print or assets/js) and build again.`;
    },
  },
};
