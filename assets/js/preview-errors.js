/*
 * Print preview (serve's <report>/utskrift/): when Paged.js or one of our
 * handlers throws, or the layout has not finished after a minute, say so at
 * the top of the page — the browser's error and what to do — instead of
 * stopping silently after a page or two. Loaded before Paged.js so that it
 * sees every error. On screen only: the message is hidden in print, and a
 * print that fails stops `samling build` with the same error anyway.
 */
(() => {
  const SLOW_SECONDS = 60;
  const en = /^en\b/i.test(document.documentElement.lang);
  const words = en
    ? {
        error: "The print preview stopped: Paged.js reported an error.",
        errorHelp:
          "The pages below are incomplete, and samling build will stop with the same error. See the whole error in the browser's console (F12). Fix what causes it — often a change in layouts/print, assets/css/print or assets/js — and save: the page reloads by itself.",
        slow: `The print layout has not finished after ${SLOW_SECONDS} seconds.`,
        slowHelp:
          "Paged.js may have got stuck. A large report may just need a little longer: this message goes away when the pages are done. Otherwise look for errors in the browser's console (F12), and at where the pages stop.",
      }
    : {
        error: "Forhåndsvisningen av utskriften stoppet: Paged.js meldte en feil.",
        errorHelp:
          "Sidene under er derfor ufullstendige, og samling build vil stoppe med samme feil. Se hele feilen i nettleserens konsoll (F12). Rett det som utløser den — ofte en endring i layouts/print, assets/css/print eller assets/js — og lagre: siden lastes på nytt av seg selv.",
        slow: `Utskriften er ikke ferdig etter ${SLOW_SECONDS} sekunder.`,
        slowHelp:
          "Paged.js kan ha gått i stå. En stor rapport kan trenge litt lenger tid: meldingen forsvinner når sidene er ferdige. Ellers: se etter feil i nettleserens konsoll (F12), og se hvor sidene stopper.",
      };

  let box;
  let kind;
  const shown = [];

  /** The browser's own text: "TypeError: …", first line only. */
  const describe = (reason, fallback) => {
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason ?? fallback ?? "");
    const line = text.split("\n")[0].trim();
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
  };

  const paragraph = (text, tag = "p") => {
    const el = document.createElement(tag);
    el.textContent = text;
    el.style.margin = "0 0 0.5em";
    return el;
  };

  function show(next, detail) {
    if (kind === "error" && next === "slow") return;
    if (detail && (shown.includes(detail) || shown.length >= 3)) return;
    if (!box || kind !== next) {
      box?.remove();
      box = document.createElement("div");
      box.className = "samling-preview-error";
      box.setAttribute("role", "alert");
      box.style.cssText =
        "position:relative;z-index:1;max-width:60rem;margin:1rem auto;padding:1rem 1.5rem;background:#fff;color:#000;" +
        "border:2px solid #000;border-left:8px solid #b3001b;font:16px/1.5 system-ui,sans-serif";
      const title = paragraph(next === "error" ? words.error : words.slow);
      title.style.fontWeight = "700";
      box.append(title, paragraph(next === "error" ? words.errorHelp : words.slowHelp));
      if (!document.querySelector("style[data-samling-preview-error]")) {
        const style = document.createElement("style");
        style.media = "print";
        style.dataset.samlingPreviewError = "";
        style.textContent = ".samling-preview-error { display: none !important; }";
        document.head.append(style);
      }
      // At the top of the page, above the laid-out pages; before the body exists, once it does.
      const place = (el) => document.body.prepend(el);
      if (document.body) place(box);
      else document.addEventListener("DOMContentLoaded", place.bind(null, box));
      kind = next;
    }
    if (detail) {
      shown.push(detail);
      const code = paragraph(detail, "pre");
      code.style.cssText +=
        ";white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.4 ui-monospace,monospace;background:#f2f2f2;padding:0.5em";
      box.insertBefore(code, box.lastChild);
    }
  }

  addEventListener("error", (event) => {
    if (/ResizeObserver loop/.test(event.message)) return;
    show("error", describe(event.error, event.message));
  });
  addEventListener("unhandledrejection", (event) => show("error", describe(event.reason)));

  const finished = () => Boolean(window.samlingPaged);
  setTimeout(() => {
    if (finished()) return;
    show("slow");
    const check = setInterval(() => {
      if (!finished()) return;
      clearInterval(check);
      if (kind === "slow") box.remove();
    }, 1000);
  }, SLOW_SECONDS * 1000);
})();
