// The search page: one search over every language's index, narrowed by year, organiser, theme and kind.
//
// Pagefind keeps one index per language and loads the page's own; the others are
// merged in (mergeIndex), so a bokmål search page finds nynorsk and English reports
// too. Pagefind skips a merge whose path starts like its own bundle's, so the same
// bundle is named by its full address. Narrowing reads each result's metadata
// (data-pagefind-meta) rather than Pagefind's filters: its filter index is not the
// same from one build of the same content to the next, and builds here are.
// Without JavaScript the form still shows, and the page says where the archive is.

const config = JSON.parse(document.getElementById("search-config").textContent);
const form = document.getElementById("search-form");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const PAGE = 10;

const fields = ["q", "ar", "arrangor", "tema", "type"];
const read = () => Object.fromEntries(fields.map((name) => [name, (form.elements[name]?.value ?? "").trim()]));

let pagefind;
async function load() {
  if (pagefind) return pagefind;
  pagefind = await import(config.bundlePath + "pagefind.js");
  await pagefind.options({ baseUrl: config.baseUrl, excerptLength: 24 });
  const bundle = new URL(config.bundlePath, window.location.href).href;
  for (const language of config.languages) await pagefind.mergeIndex(bundle, { language, baseUrl: config.baseUrl });
  return pagefind;
}

/** Whether a result's metadata fits what the reader narrowed to; a field left at «Alle» fits everything. */
function fits(meta, wanted) {
  const words = (value) => (value ?? "").split(" ").filter(Boolean);
  if (wanted.ar && meta.year !== wanted.ar) return false;
  if (wanted.arrangor && !words(meta.organisers).includes(wanted.arrangor)) return false;
  if (wanted.tema && !words(meta.themes).includes(wanted.tema)) return false;
  if (wanted.type && meta.kind !== wanted.type) return false;
  return true;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) if (value) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is the page's own text, escaped, with the search words in <mark>: kept as such, nothing else. */
function excerpt(html) {
  const p = element("p", { class: "search-result__excerpt" });
  for (const part of html.split(/(<mark>[^<]*<\/mark>)/)) {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    // A template's content is inert (nothing in it runs or loads) and keeps the spaces around the marks.
    const inert = document.createElement("template");
    inert.innerHTML = marked ? marked[1] : part;
    const text = inert.content.textContent;
    p.append(marked ? element("mark", {}, text) : text);
  }
  return p;
}

function render(data) {
  const meta = data.meta;
  const lang = meta.lang && meta.lang !== config.lang ? meta.lang : undefined;
  const item = element("li", { class: "search-result" });
  const title = element(
    "h2",
    { class: "search-result__title" },
    element("a", { href: data.url, lang }, meta.title ?? data.url),
  );
  const facts =
    meta.kind === "solution"
      ? [config.labels.solution, meta.owners]
      : [meta[config.labels.date], meta[config.labels.organiser]];
  const line = facts.filter(Boolean).join(" · ");
  item.append(title, element("p", { class: "search-result__meta" }, line));
  const body = excerpt(data.excerpt ?? "");
  if (lang) body.setAttribute("lang", lang);
  item.append(body);
  const sections = (data.sub_results ?? []).filter((s) => s.url !== data.url && s.title).slice(0, 3);
  if (sections.length) {
    item.append(
      element(
        "ul",
        { class: "search-result__sections", lang },
        ...sections.map((s) => element("li", {}, element("a", { href: s.url }, s.title))),
      ),
    );
  }
  return item;
}

let run = 0;
let pending = [];
let wanted = {};

async function showMore() {
  const mine = run;
  let shown = 0;
  while (pending.length && shown < PAGE) {
    const batch = await Promise.all(pending.splice(0, PAGE).map((r) => r.data()));
    if (mine !== run) return;
    for (const data of batch) if (fits(data.meta, wanted)) (list.append(render(data)), shown++);
  }
  more.hidden = pending.length === 0;
  const count = list.children.length;
  status.textContent =
    count === 0
      ? config.labels.none
      : pending.length
        ? config.labels.someMore.replace("{n}", count)
        : config.labels.found.replace("{n}", count);
}

async function search() {
  const mine = ++run;
  wanted = read();
  const params = new URLSearchParams(Object.entries(wanted).filter(([, v]) => v));
  history.replaceState(null, "", params.size ? `?${params}` : window.location.pathname);
  list.replaceChildren();
  more.hidden = true;
  pending = [];
  if (!wanted.q) return void (status.textContent = "");
  status.textContent = config.labels.searching;
  const found = await (await load()).search(wanted.q);
  if (mine !== run) return;
  pending = found.results;
  await showMore();
}

let timer;
form.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(search, 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  search();
});
more.addEventListener("click", () => showMore());

for (const [name, value] of new URLSearchParams(window.location.search))
  if (form.elements[name]) form.elements[name].value = value;
if (read().q) search();
