import type { Catalogue, ReportWords } from "./types.ts";

const TYPES: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "fields with values",
  null: "empty",
};
const type = (t: unknown) => TYPES[String(t)] ?? String(t);

/** What csv-parse's errors mean, by code. */
const CSV_REASONS_EN: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quote is never closed",
  CSV_INVALID_CLOSING_QUOTE: "something follows a closing quote",
  INVALID_OPENING_QUOTE: "a quote stands in the middle of a cell",
  CSV_INVALID_OPENING_QUOTE: "a quote stands in the middle of a cell",
};

const mean = (p: Record<string, unknown>) => (p.suggestion ? ` Did you mean "${p.suggestion}"?` : "");

export const en: Catalogue = {
  "file/missing": {
    message: (p) => `could not find ${p.what}`,
    hint: (p) => `Create ${p.what}, or point --content at the right folder.`,
  },
  "file/unreadable": {
    message: (p) => `could not read the file (${p.reason})`,
    hint: () => "Check that the file exists and that you may read it.",
  },
  "file/empty": { message: () => "the file is empty", hint: () => "Write its content, or delete the file." },
  "file/too-large": {
    message: (p) => `the file is ${p.size} bytes, the limit is ${p.limit}`,
    hint: () => "A content file is text of a few kilobytes. Split it, or keep large attachments outside content/.",
  },
  "file/binary": {
    message: () => "the file does not look like text",
    hint: () =>
      "Content files must be YAML or Markdown saved as UTF-8 text. An image needs an image extension (.jpg, .png, .svg …) and is shown with a figure.",
  },
  "file/encoding": {
    message: () => "the file is not valid UTF-8",
    hint: () => "Save the file as UTF-8 in your editor.",
  },
  "content/no-reports": {
    message: (p) => `found no folder ${p.dir}`,
    hint: () =>
      "Each report is a folder under content/reports/ with a report.yaml. Make the folder (it may be empty), or check that --content names the content folder.",
  },
  "content/no-report-file": {
    message: () => "the report folder has no report.yaml",
    hint: () => "Add report.yaml with title, date and status, or move the folder out of content/reports/.",
  },
  "content/no-section-file": {
    message: () => "the sub-folder has no index.yaml or index.md",
    hint: () =>
      'A sub-folder is a section of the report. Add index.yaml with "kind: section" and a title (or index.md with the title in its front matter and the introduction below), or move the files up into the report folder.',
  },
  "content/unknown-file": {
    message: (p) => `the file ${p.name} is not used`,
    hint: (p) =>
      p.solutions
        ? "Only .yaml files are read in content/losninger/, one per solution. Move the file out of the folder, or make it a solution (<id>.yaml)."
        : 'Only .yaml, .yml and .md files, images (.jpg, .png, .webp, .gif, .avif, .tif, .svg), .csv files a table names ("data:") and sub-folders are read. Save the file in one of these formats, or move it out of content/.',
  },
  "yaml/syntax": {
    message: (p) => `invalid YAML: ${p.reason}`,
    hint: () => "Check the indentation (spaces, not tabs), the colon after each key and that quotes are closed.",
  },
  "yaml/not-a-mapping": {
    message: () => "the file must hold keys and values (a YAML mapping)",
    hint: () => 'Start with a key such as "kind: text", not a list or a bare value.',
  },
  "yaml/needs-quotes": {
    message: (p) => `the value of "${p.key}" must be in quotes`,
    hint: (p) => `The value holds ": " or starts with a character YAML reserves. Write the line like this: ${p.fix}`,
  },
  "yaml/alias-expansion": {
    message: (p) => `the alias "*${p.anchor}" repeats too much (over ${p.limit} values)`,
    hint: () =>
      "An alias (*name) repeats what an anchor (&name) names, and aliases inside aliases multiply. Write the values out, or use fewer aliases.",
  },
  "yaml/alias-cycle": {
    message: (p) => `the alias "*${p.anchor}" stands inside what its anchor "&${p.anchor}" names`,
    hint: () => "The value would hold itself, without end. Write the value out where the alias is, or move the anchor.",
  },
  "yaml/front-matter-language": {
    message: (p) => `the front matter is written as "${p.language}"`,
    hint: () =>
      "samling reads only YAML between the two ---. Start the file with --- alone on the first line, and write the fields as YAML (title: …).",
  },
  "schema/unknown-key": {
    message: (p) => `unknown field "${p.key}"`,
    hint: (p) => `That field does not exist here.${mean(p)} Allowed fields: ${p.allowed}.`,
  },
  "schema/deprecated-key": {
    message: (p) => (p.replacement ? `"${p.key}" is now called "${p.replacement}"` : `"${p.key}" is no longer used`),
    hint: (p) =>
      `${p.replacement ? `The field was renamed in samling ${p.since}` : `The field was removed in samling ${p.since}`}; the old ${p.replacement ? "name works" : "field is accepted"} until samling ${p.until}. Run "npm run check -- --fix" to ${p.replacement ? "rename it" : "remove it"} in the file (comments and order stay as they are), or do it by hand.`,
  },
  "schema/deprecated-key-conflict": {
    message: (p) => `both "${p.key}" and "${p.replacement}"`,
    hint: (p) => `"${p.key}" is the old name of "${p.replacement}". Keep one of them.`,
  },
  "schema/required": {
    message: (p) => `missing field "${p.key}"`,
    hint: (p) => `"${p.key}" is required${p.where ? ` in ${p.where}` : ""}.`,
  },
  "schema/type": {
    message: (p) => `"${p.key}" should be ${type(p.expected)}, but is ${type(p.received)}`,
    hint: (p) => `Write ${type(p.expected)} here.`,
  },
  "schema/enum": {
    message: (p) => `"${p.value}" is not a valid value for "${p.key}"`,
    hint: (p) => `Use one of: ${p.allowed}.${mean(p)}`,
  },
  "schema/unknown-kind": {
    message: (p) => `unknown block kind "${p.value}"`,
    hint: (p) => `Use one of: ${p.allowed}.${mean(p)}`,
  },
  "schema/too-short": {
    message: (p) => `"${p.key}" is empty`,
    hint: (p) => `Write at least ${p.minimum} ${p.unit}, or remove the field.`,
  },
  "schema/format": {
    message: (p) => `"${p.value}" has the wrong form for "${p.key}"`,
    hint: (p) => `Expected ${p.format}.`,
  },
  "schema/invalid": { message: (p) => `invalid value for "${p.key}"`, hint: (p) => `${p.detail}` },
  "date/invalid": {
    message: (p) => `"${p.value}" is not a valid date`,
    hint: () => "Write the date as YYYY-MM-DD, for example 2024-10-25, and check that the day exists.",
  },
  "date/range-order": {
    message: (p) => `end date ${p.end} is before start date ${p.start}`,
    hint: () => "Swap the dates, or correct the wrong one.",
  },
  "time/invalid": {
    message: (p) => `"${p.value}" is not a valid time`,
    hint: () => "Write times as HH:MM, for example 13:15.",
  },
  "lang/invalid": {
    message: (p) => `"${p.value}" is not a language tag`,
    hint: () =>
      'Write the language as a code in small letters: "en" (English), "nn" (Nynorsk), "nb" (Bokmål), "se" (Northern Sami), "sv" (Swedish), with a country if need be: "en-GB".',
  },
  "participants/total": {
    message: (p) => `total ${p.total} ≠ sum of roles ${p.sum}`,
    hint: () => 'Correct a role\'s count or the total so they agree. Remove "total" to let samling compute it.',
  },
  "participants/coverage": {
    message: (p) => `${p.count} of ${p.of} is not possible`,
    hint: () => "The count cannot be larger than the whole it is part of.",
  },
  "table/no-rows": {
    message: (p) =>
      p.headerRows !== undefined
        ? `the table has no rows below its ${Number(p.headerRows) === 1 ? "header row" : `${p.headerRows} header rows`}`
        : "the table has no rows",
    hint: () =>
      'Write the rows under "rows" (and the header rows under "head"), or read them from a CSV file in the same folder with "data: table.csv". In a CSV file the first "headerRows" rows are the header (1 by default), the rest are the table\'s rows.',
  },
  "table/data-and-rows": {
    message: (p) =>
      p.key === "headerRows"
        ? '"headerRows" only applies to a table read from a CSV file ("data")'
        : `the table has both "data" and "${p.key}"`,
    hint: () =>
      'A table is written either in YAML ("head" and "rows") or read from a CSV file ("data", with "headerRows" saying how many of its first rows are the header). Remove one.',
  },
  "table/missing-data": {
    message: (p) => `CSV file "${p.file}" not found`,
    hint: (p) =>
      `The CSV file is read from the YAML file's folder (${p.dir}/). Check the name (case matters), or put the file there.`,
  },
  "table/csv-syntax": {
    message: (p) => `the CSV file cannot be read: ${CSV_REASONS_EN[String(p.code)] ?? p.reason}`,
    hint: () =>
      'A cell holding the delimiter (comma or semicolon), a line break or a quote is written in quotes, with quotes inside it doubled: "She said ""yes""". Correct the line, or save the file again as CSV from the spreadsheet.',
  },
  "table/row-cells": {
    message: (p) =>
      `${p.part === "head" ? `header row ${p.row}` : p.part === "total" ? "the total row" : `row ${p.row}`} has ${p.cells} cells, but ${p.against === "head" ? "the header" : "the first row"} has ${p.columns}`,
    hint: () =>
      'A cell across several columns ("colspan", or "<" in a CSV file) counts once per column, and a cell across several rows ("rowspan", or "^^" in a CSV file) counts in the rows below too. Add or remove cells so every row is as wide; an empty cell is written "".',
  },
  "table/span": {
    message: (p) =>
      p.marker
        ? `"${p.marker}" has no cell ${p.marker === "<" ? "to its left" : "above it"} to merge with`
        : `the cell spans ${p.rowspan} rows, but ${p.part === "head" ? "the header" : p.part === "total" ? "the total row" : "the table"} has only ${p.left} left`,
    hint: () =>
      'In a CSV file a cell holding only "<" merges with the cell to its left, and one holding only "^^" with the cell above, within the header or within the rows. A cell cannot reach past the last row of its part of the table: correct "rowspan", or remove the marker.',
  },
  "table/total": {
    message: (p) =>
      `the total row has ${p.total} in ${p.column ? `"${p.column}"` : `column ${p.index}`}, but the rows above add up to ${p.sum}`,
    hint: () =>
      'Correct one of the numbers so they agree, or remove "total: true" if the last row is not a total. Columns in per cent are not summed.',
  },
  "ids/duplicate": {
    message: (p) => `id "${p.id}" is already used (${p.first})`,
    hint: () => "Every id must be unique: it becomes a link (#id) or an address. Give one of them another id.",
  },
  "ids/leading-digit": {
    message: (p) => `id "${p.value}" starts with a digit`,
    hint: (p) =>
      `An id becomes a link anchor (#id), and the print layout finds anchors only when they start with a letter. Write, for example, "s-${p.value}".`,
  },
  "ref/unresolved": {
    message: (p) => `"${p.ref}" refers to something that does not exist`,
    hint: (p) => `Use the id of a block or question in the same report.${mean(p)}`,
  },
  "ref/unknown-step": {
    message: (p) => `no other report has the step "${p.ref}"`,
    hint: (p) =>
      `Under "done" and "updates", give the id of a next step in an earlier report (its "id" under "items").${mean(p)}`,
  },
  "ref/unknown-theme": {
    message: (p) => `unknown theme "${p.ref}"`,
    hint: (p) =>
      p.allowed
        ? `Use the id of a theme in content/themes.yaml: ${p.allowed}.${mean(p)}`
        : "Themes are defined in content/themes.yaml (id and name); that file does not exist yet.",
  },
  "ref/unknown-solution": {
    message: (p) => `unknown solution "${p.ref}"`,
    hint: (p) =>
      p.allowed
        ? `Use the id of a solution in content/losninger/ (its file name without .yaml): ${p.allowed}.${mean(p)}`
        : "Solutions are kept in content/losninger/, one file each (<id>.yaml); the folder has none yet.",
  },
  "ref/unknown-report": {
    message: (p) => `no report has the id "${p.ref}"`,
    hint: (p) =>
      `A report's id is its folder's name under content/reports/ (or "id" in report.yaml).${mean(p)} A page elsewhere is written { title: …, url: https://… }.`,
  },
  "ref/self-link": {
    message: (p) => `the report links to itself ("${p.ref}")`,
    hint: () => '"buildsOn", "followUpOf" and "seeAlso" point at other reports. Remove the link, or correct the id.',
  },
  "solution/file-name": {
    message: (p) => `the file name "${p.name}" cannot be a solution's id`,
    hint: (p) =>
      `The file name becomes the solution's id and address (/losninger/<id>/): lower-case letters, digits and hyphens, starting with a letter. Rename the file, for example "${p.suggestion}.yaml".`,
  },
  "questions/unknown-part": {
    message: (p) => `the part "${p.part}" is not defined in the block's "parts"`,
    hint: (p) => `Define it under "parts", or use one of: ${p.allowed}.${mean(p)}`,
  },
  "publish/required": {
    message: (p) => `a published report must have "${p.key}"`,
    hint: (p) => `Fill in "${p.key}", or set "status: draft" until the report is ready.`,
  },
  "template/example-text": {
    message: (p) => `example text from the template: "${p.value}"`,
    hint: () =>
      "Write in what applies to this report, or remove the field or line. A draft may hold example text; a published report may not.",
  },
  "link/unsafe-scheme": {
    message: (p) => `the link "${p.url}" uses an unsafe address (${p.scheme})`,
    hint: () => "Only http:, https:, mailto:, tel: and links within the site are allowed.",
  },
  "link/missing-file": {
    message: (p) => `could not find the file "${p.url}"`,
    hint: (p) =>
      `Links and images to files are read from the folder of the file that refers to them (${p.dir}/). Check the name (case matters), or put the file there.`,
  },
  "link/unknown-anchor": {
    message: (p) => `no heading or item has the anchor "${p.anchor}"`,
    hint: (p) =>
      `The link leads nowhere.${p.suggestion ? ` Did you mean "#${p.suggestion}"?` : ""} Anchors show in the address when you click a heading, or set "id:" on the block you want to link to.`,
  },
  "markdown/raw-html": {
    message: (p) => `HTML in the text is shown as text: ${p.html}`,
    hint: () =>
      "samling never shows HTML from content. Use Markdown instead (**bold**, *italic*, [link](https://…)), or put the code in `backticks` if it is to be shown as code.",
  },
  "image/missing": {
    message: (p) => `could not find the image "${p.src}"`,
    hint: () =>
      "Images are read from the folder of the file that shows them, or a sub-folder such as bilder/. Check the name (case matters), or put the image there.",
  },
  "image/remote": {
    message: (p) => `the image "${p.src}" is on another site`,
    hint: () =>
      "Download the image (with its owner's leave) into the report's folder: pages must not fetch anything from other sites, and the image must be in the PDF.",
  },
  "image/format": {
    message: (p) => `"${p.src}" is not an image format samling can show (${p.ext})`,
    hint: () => "Use JPEG, PNG, WebP, GIF, AVIF, TIFF or SVG. Save the image again in one of them.",
  },
  "image/too-large": {
    message: (p) => `the image "${p.src}" is ${p.size} MB, the limit is ${p.limit} MB`,
    hint: () =>
      "Save the image at a lower resolution (3000 pixels wide is more than enough, print included), or as JPEG.",
  },
  "image/too-many-pixels": {
    message: (p) => `the image "${p.src}" is ${p.width} × ${p.height} pixels`,
    hint: (p) =>
      `The limit is ${p.limit} megapixels: making web images of one that large takes more memory than a machine has. Save it smaller (3000 pixels wide, for example) or check that the file is the one you meant.`,
  },
  "image/svg-active": {
    message: (p) => `the SVG file "${p.src}" holds scripts or embedded content`,
    hint: () =>
      "An SVG with <script>, event handlers (onclick=…) or embedded pages can run code on the site. Export the figure again as plain graphics, or as PNG.",
  },
  "image/no-alt": {
    message: (p) => `the image "${p.src}" has no alternative text`,
    hint: () =>
      'Write what the image shows in "alt" (in Markdown: ![what it shows](file.jpg)), so those who cannot see it get it too. If the image is only decoration, write "decorative: true".',
  },
  "image/unused": {
    message: () => "the image is not used",
    hint: () => "No figure or text shows the image. Show it with a figure (kind: figure, src: …), or delete the file.",
  },
  "markdown/table-cells": {
    message: (p) => `the table row has ${p.cells} cells, but the header has ${p.header}`,
    hint: () =>
      "The row is wider than the table, and its extra cells stand under no header. Add a column to the header, or remove the extra | from the row (write \\| for a vertical bar in text; two | in a row merge two cells).",
  },
  "site/contrast": {
    message: (p) =>
      `the colour ${p.key} ${p.colour} has contrast ${p.ratio}:1 against ${p.background}, ${p.minimum}:1 is required`,
    hint: (p) =>
      `The colour is used for ${p.use === "tekst" ? "text" : "markers"} and must be readable by everyone (WCAG 2.1 AA). Choose a darker colour; check it with a contrast calculator.`,
  },
  "privacy/national-id": {
    message: (p) => `"${p.value}" looks like a Norwegian national identity number`,
    hint: () => "National identity numbers must never be in a report. Remove it.",
  },
  "privacy/email": {
    message: (p) => `the e-mail address "${p.value}" is personal data`,
    hint: () =>
      'Remove it, or give it as the person\'s "email" with "consent: true" once they have consented. Shared addresses (post@…, postmottak@…) are not flagged.',
  },
  "privacy/phone": {
    message: (p) => `"${p.value}" looks like a phone number`,
    hint: () => 'Remove it, or give it as the person\'s "phone" with "consent: true" once they have consented.',
  },
  "privacy/no-consent": {
    message: (p) => `${p.name} has "${p.field}" without consent`,
    hint: () =>
      'Add "consent: true" once the person has agreed to publishing their contact details; otherwise remove them.',
  },
  "note/no-text": {
    message: (p) => `footnote "[^${p.label}]" has no text`,
    hint: (p) =>
      `Write the note's text on a line of its own in the same text, at the end for instance: "[^${p.label}]: The note's text." The label must be the same in the reference and the note.`,
  },
  "note/unused": {
    message: (p) => `footnote "[^${p.label}]" is not referred to in the text`,
    hint: (p) => `Put "[^${p.label}]" where the note belongs in the text, or remove the note.`,
  },
  "note/in-heading": {
    message: (p) => `footnote "[^${p.label}]" is in a heading`,
    hint: () =>
      "A footnote in a heading would show in the contents, the bookmarks and the running heads. Move the reference to a sentence in the text below the heading.",
  },
  "cite/unknown-key": {
    message: (p) =>
      `"@${p.key}" is not in the bibliography${p.suggestion ? ` – did you mean "@${p.suggestion}"?` : ""}`,
    hint: (p) => `The keys are in ${p.files}. Correct the key in the citation, or add the source to the file.`,
  },
  "cite/no-bibliography": {
    message: (p) => `the citation of "@${p.key}" has no bibliography to look it up in`,
    hint: () =>
      "Put a BibTeX file (litteratur.bib, exported from Zotero or EndNote, for instance) or a CSL-JSON file in the report's folder, beside report.yaml.",
  },
  "cite/bad-file": {
    message: (p) => `the bibliography file cannot be read here (${p.reason})`,
    hint: () =>
      "Check that every source has the form @type{key, field = {value}, …} with as many { as }. Export the file again from the reference manager if it was made there.",
  },
  "cite/duplicate-key": {
    message: (p) => `the key "${p.key}" appears twice in the bibliography`,
    hint: () => "The first one is used. Give the other source a key of its own, or remove it.",
  },
  "cite/no-references": {
    message: (p) =>
      `the report cites ${p.count} ${Number(p.count) === 1 ? "source" : "sources"} but has no reference list`,
    hint: () => 'Add a block with "kind: references" (90-references.yaml, for instance) where the list should be.',
  },
  "cache/damaged": {
    message: (p) =>
      `a cache entry was damaged (${p.reason === "checksum" ? "its content did not match its checksum" : p.reason === "incomplete" ? "a part was missing" : "it could not be read"})`,
    hint: () =>
      'It was removed and made again; the site is as it should be. If it happens again, the disk may be failing: build with "samling build --no-cache" and check the disk.',
  },
};

export const enWords: ReportWords = {
  error: "error",
  warning: "warning",
  summary: (e, w, f) =>
    `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"} in ${f} ${f === 1 ? "file" : "files"}`,
  didYouMean: (s) => `Did you mean "${s}"?`,
  clean: (c) =>
    `${c.reports} ${c.reports === 1 ? "report" : "reports"}, ${c.solutions} ${c.solutions === 1 ? "solution" : "solutions"}, ${c.files} ${c.files === 1 ? "file" : "files"}: no problems`,
};
