import { chromium } from "playwright-core";
import { startStaticServer } from "./src/build/static-server.ts";
import type { AddressInfo } from "node:net";
const [dir, outPrefix, ...paths] = process.argv.slice(2);
const server = await startStaticServer(dir!, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const p of paths) for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(base + p, { waitUntil: "networkidle" });
  await page.evaluate(() => document.querySelectorAll("img[loading=lazy]").forEach((i) => i.setAttribute("loading", "eager")));
  await page.waitForTimeout(300);
  const name = `${outPrefix}${p.replace(/\W+/g, "_")}-${width}.png`;
  await page.screenshot({ path: name, fullPage: true });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(name, "scrollWidth", sw);
  await page.close();
}
await browser.close(); server.close();
