/** Reports in nynorsk and English get their own interface words, dates, times and numbers. */
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { en } from "../../src/shared/i18n/en.ts";
import { nb } from "../../src/shared/i18n/nb.ts";
import { nn } from "../../src/shared/i18n/nn.ts";
import { read } from "../helpers/html.ts";

const NBSP = "\u00a0";
let out: string;
beforeAll(async () => {
  out = await buildInto("tests/fixtures/languages/content");
});

describe("translations", () => {
  it("have exactly the keys of the bokmål file, none empty", () => {
    for (const strings of [nn, en]) {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(nb).sort());
      expect(Object.values(strings).filter((v) => !v.trim())).toEqual([]);
    }
  });
});

describe("a report in nynorsk", () => {
  const html = () => read(out, "2024-10-24-nynorsk/index.html");
  it("is marked as nynorsk", () => expect(html()).toContain('<html lang="nn">'));
  it("uses nynorsk interface words", () => {
    for (const word of [">Innhald<", ">Stad<", 'class="num">Tal</th>', "(12 svar)", "frå Fylket", ">Kven<"])
      expect(html()).toContain(word);
  });
  it("writes dates, ranges, times and numbers the Norwegian way", () => {
    expect(html()).toContain("24.–25. oktober 2024");
    expect(html()).toContain("13. desember 2024");
    expect(html()).toContain("Pause, vi held fram kl. 13.15");
    expect(html()).toContain(`<time datetime="09:00">kl. 09.00</time>`);
    expect(html()).toContain(`1${NBSP}200`);
  });
});

describe("a report in English", () => {
  const html = () => read(out, "2024-10-01-english/index.html");
  it("is marked as English, also on its card in the Norwegian archive", () => {
    expect(html()).toContain('<html lang="en">');
    expect(read(out, "index.html")).toContain('<li class="report-card" lang="en">');
  });
  it("uses English interface words", () => {
    for (const word of [
      ">Contents<",
      ">Place<",
      'class="num">Number</th>',
      "by Jane Doe from The Network and John Doe",
      ">Who<",
    ])
      expect(html()).toContain(word);
  });
  it("writes dates, times and numbers the English way", () => {
    expect(html()).toContain("1 October 2024");
    expect(html()).toContain("13 December 2024");
    expect(html()).toContain("Break, we continue at 13:15");
    expect(html()).toContain("1,200");
  });
});
