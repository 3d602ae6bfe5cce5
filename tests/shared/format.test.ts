import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateRange,
  formatDateShort,
  formatNumber,
  formatPerson,
  formatSpeakers,
  formatTime,
  shortenLine,
  joinList,
} from "../../src/shared/format.ts";
import { uiStrings } from "../../src/shared/i18n/index.ts";

const nb = uiStrings("nb");
const NBSP = "\u00a0";

describe("dates and times", () => {
  it("writes dates in running text per language", () => {
    expect(formatDate("2024-10-25", "nb")).toBe("25. oktober 2024");
    expect(formatDate("2024-10-25", "nn")).toBe("25. oktober 2024");
    expect(formatDate("2024-10-25", "en")).toBe("25 October 2024");
  });
  it("writes short dates for tables", () => expect(formatDateShort("2024-10-05", "nb")).toBe("05.10.2024"));
  it("writes ranges compactly", () => {
    expect(formatDateRange("2024-10-24", "2024-10-25", "nb")).toBe("24.–25. oktober 2024");
    expect(formatDateRange("2024-09-30", "2024-10-01", "nb")).toBe("30. september – 1. oktober 2024");
    expect(formatDateRange("2024-12-31", "2025-01-01", "nb")).toBe("31. desember 2024 – 1. januar 2025");
    expect(formatDateRange("2024-10-25", undefined, "nb")).toBe("25. oktober 2024");
  });
  it("writes times the Norwegian way", () => {
    expect(formatTime("13:15", "nb")).toBe("kl. 13.15");
    expect(formatTime("13.15", "en")).toBe("13:15");
    expect(formatTime("9:00", "nb")).toBe("kl. 9.00");
  });
});

describe("numbers", () => {
  it("groups thousands with a no-break space in Norwegian", () => {
    expect(formatNumber(14000, "nb")).toBe(`14${NBSP}000`);
    expect(formatNumber(685000, "nn")).toBe(`685${NBSP}000`);
    expect(formatNumber(14000, "en")).toBe("14,000");
  });
  it("leaves numbers written as text alone", () => expect(formatNumber("+2 100", "nb")).toBe("+2 100"));
});

describe("people", () => {
  it("puts a title before and a role after the name", () => {
    expect(formatPerson({ title: "ordfører", name: "Cecilie Dahl-Jørgensen Pind" }, nb)).toBe(
      "ordfører Cecilie Dahl-Jørgensen Pind",
    );
    expect(formatPerson({ name: "Kjersti Vevstad", role: "direktør helse og mestring" }, nb)).toBe(
      "Kjersti Vevstad, direktør helse og mestring",
    );
    expect(formatPerson({ name: "Preben Carlsen", organisation: "Switch" }, nb)).toBe("Preben Carlsen fra Switch");
  });
  it("lists speakers after «v/»", () => {
    expect(formatSpeakers(["Andreas Christiansen", "Siri Haugnes"], nb)).toBe(
      "v/ Andreas Christiansen og Siri Haugnes",
    );
    expect(formatSpeakers(["A", "B", "C"], uiStrings("en"))).toBe("by A, B and C");
    expect(formatSpeakers([], nb)).toBe("");
  });
  it("joins lists", () => expect(joinList(["a"], "og")).toBe("a"));
});

describe("shortenLine", () => {
  it("keeps a short title as it is, and cuts a long one after a whole word, with «…»", () => {
    expect(shortenLine("1 Innledning", 50)).toBe("1 Innledning");
    expect(
      shortenLine("Evaluering av Helsefellesskapet Innlandet 2021–2024: samhandling mellom kommuner og sykehus", 50),
    ).toBe("Evaluering av Helsefellesskapet Innlandet…");
    expect(shortenLine("Spesialisthelsetjenestensamhandlingsavvikskompetansehevingsprogrammet", 20)).toBe(
      "Spesialisthelsetjen…",
    );
  });
});
