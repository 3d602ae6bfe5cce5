/**
 * What `serve` shows in the browser while the content has errors: every
 * problem with its file, line, the lines around it and what to do — the same
 * words as in the terminal. The page reloads itself once the files are fixed.
 */
import type { Diagnostic } from "../shared/diagnostic.ts";
import { describe } from "../validate/format-report.ts";
import { catalogues, type MessageLang } from "../validate/messages/index.ts";
import { escapeHtml } from "../render/html.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;color:#b00020;margin:0 0 .25rem}.problem{border-left:4px solid #b00020;background:#fdf2f4;padding:.75rem 1rem;margin:1rem 0}
.problem--warning{border-color:#8a5a00;background:#fff8e6}.where{font:600 1rem/1.4 ui-monospace,monospace;margin:0 0 .25rem;overflow-wrap:anywhere}
pre{background:#fff;border:1px solid #ccc;padding:.5rem;overflow-x:auto;font-size:.875rem}pre:focus-visible{outline:3px solid #1e4b7a;outline-offset:2px}.hint{margin:.25rem 0 0}.rule{color:#555;font-size:.875rem}`;

export function errorPage(
  diagnostics: readonly Diagnostic[],
  lang: MessageLang,
  liveReload: string,
  error?: string,
): string {
  const w = cliMessages(lang).errorPage;
  const { words } = catalogues[lang];
  const items = diagnostics.map((d) => {
    const { message, hint } = describe(d, lang);
    const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
    return `<section class="problem problem--${d.severity}"><h2 class="where">${escapeHtml(where)}</h2><p><strong>${words[d.severity]}:</strong> ${escapeHtml(message)} <span class="rule">${d.rule}</span></p>${d.frame ? `<pre tabindex="0">${escapeHtml(d.frame)}</pre>` : ""}<p class="hint">→ ${escapeHtml(hint)}</p></section>`;
  });
  const failure = error
    ? `<section class="problem"><h2>${w.failed}</h2><pre tabindex="0">${escapeHtml(error)}</pre></section>`
    : "";
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${w.title} – samling</title><style>${STYLE}</style></head>
<body><main><h1>${w.title}</h1><p>${escapeHtml(words.summary(errors, diagnostics.length - errors, files))}. ${w.lead}</p>${failure}${items.join("")}</main>${liveReload}</body></html>`;
}
