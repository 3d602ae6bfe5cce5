/** A built site served on 127.0.0.1 and opened in the system's Chromium, for tests that need a real browser. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { startStaticServer } from "../../src/shared/static-server.ts";
import { findBrowser } from "../../src/print/find-browser.ts";
import { launchBrowser } from "../../src/print/print-pdfs.ts";

export interface SiteInBrowser {
  browser: Browser;
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function openSite(dir: string): Promise<SiteInBrowser> {
  const path = findBrowser();
  if (!path) throw new Error("no Chromium found: run scripts/find-or-install-browser.sh");
  const server: Server = await startStaticServer(dir, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser(path);
  return {
    browser,
    url: (p) => base + (p.startsWith("/") ? p : `/${p}`),
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

const require = createRequire(import.meta.url);
/** axe-core's source, to inject into a page. */
export const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.1 AA rule set (with 2.2 AA), as the law requires of Norwegian public bodies. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
