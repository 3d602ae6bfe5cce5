import { describe, expect, it } from "vitest";
import { unsafeScheme } from "../../src/shared/url-safety.ts";

describe("unsafeScheme", () => {
  it.each([
    "https://example.no",
    "http://x",
    "mailto:a@b.no",
    "tel:+4712345678",
    "/sti",
    "#anker",
    "relativ/sti",
    "?q=1",
  ])("allows %s", (url) => expect(unsafeScheme(url)).toBeUndefined());
  it.each([
    ["javascript:alert(1)", "javascript:"],
    ["JaVaScRiPt:alert(1)", "javascript:"],
    [" java\nscript:alert(1)", "javascript:"],
    ["data:text/html,x", "data:"],
    ["vbscript:msgbox", "vbscript:"],
    ["file:///etc/passwd", "file:"],
  ])("refuses %s", (url, scheme) => expect(unsafeScheme(url)).toBe(scheme));
});
