/** Every page names the site's icon, and the icon is there: made from the site's colour and initial, or its SVG logo. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { siteIconPath, siteIconSvg } from "../../src/render/site-icon.ts";
import { buildInto } from "../helpers/build.ts";
import { htmlFiles, read } from "../helpers/html.ts";

let out: string;
beforeAll(async () => {
  out = await buildInto("content");
});

describe("the site's icon", () => {
  it("is named by every page, and is a file of the site", () => {
    const pages = htmlFiles(out);
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const icons = [...read(out, file).matchAll(/<link rel="icon" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(icons, file).toEqual(["/favicon.svg"]);
    }
    const svg = readFileSync(join(out, "favicon.svg"), "utf8");
    expect(svg).toContain('fill="#1e4b7a"');
    expect(svg).toContain(">S</text>");
    expect(existsSync(join(out, "favicon.ico"))).toBe(false);
  });

  it("is made from the site's colour and initial, or is its SVG logo", () => {
    expect(siteIconSvg({ name: "østre Agder", colors: { primary: "#0b6e4f" } })).toContain('fill="#0b6e4f"');
    expect(siteIconSvg({ name: "østre Agder" })).toContain(">Ø</text>");
    expect(siteIconSvg({ name: "<b>" })).toContain(">&lt;</text>");
    expect(siteIconPath({ logo: "/assets/logo.svg" })).toBe("/assets/logo.svg");
    expect(siteIconPath({ logo: "/assets/logo.png" })).toBe("/favicon.svg");
    expect(siteIconPath({})).toBe("/favicon.svg");
  });
});
