import { describe, expect, it } from "vitest";
import { isNationalId, personalData } from "../../src/validate/rules/personal-data.ts";
import { formatPerson } from "../../src/shared/format.ts";
import { uiStrings } from "../../src/shared/i18n/index.ts";

const found = (text: string) => personalData(text).map((f) => `${f.rule} ${f.text}`);

describe("personal data in text", () => {
  it("knows a fødselsnummer by its two control digits", () => {
    expect(isNationalId("15078649582")).toBe(true);
    expect(isNationalId("150786 49582")).toBe(true);
    expect(isNationalId("15078649583")).toBe(false);
    expect(isNationalId("12345678901")).toBe(false);
  });
  it("finds Norwegian phone numbers as people write them", () => {
    for (const n of ["91234567", "912 34 567", "91 23 45 67", "+47 22 33 44 55", "+4791234567", "22.33.44.55"]) {
      expect(found(`Ring ${n} i dag`), n).toEqual([`privacy/phone ${n}`]);
    }
  });
  it("leaves alone the numbers reports are full of", () => {
    for (const text of [
      "14 000 innbyggere",
      "2024–2025",
      "2024-10-25",
      "saksnummer 24/12345",
      "kl. 09.00–15.30",
      "org.nr. 974 760 673",
      "1 234 567 kroner",
      "12345678901",
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
  it("finds e-mail addresses, also in links", () => {
    expect(found("Skriv til [Kari](mailto:kari.nordmann@kommune.no)")).toEqual([
      "privacy/email kari.nordmann@kommune.no",
    ]);
  });
  it("leaves an organisation's shared mailbox alone", () => {
    expect(found("Skriv til postmottak@kommune.no eller post@helse.no")).toEqual([]);
  });
  it("reports a fødselsnummer once, not also as a phone number", () => {
    expect(found("nr 15078649582")).toEqual(["privacy/national-id 15078649582"]);
  });
});

describe("contact details on the page", () => {
  const ui = uiStrings("nb");
  it("are shown only with the person's consent", () => {
    expect(formatPerson({ name: "Kari", email: "kari@x.no", phone: "91234567", consent: true }, ui)).toBe(
      "Kari (kari@x.no, 91234567)",
    );
    expect(formatPerson({ name: "Ola", email: "ola@x.no" }, ui)).toBe("Ola");
  });
});
