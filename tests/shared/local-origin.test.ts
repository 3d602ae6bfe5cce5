/** Which requests a local server answers: its own names in Host, and no foreign Origin. */
import { describe, expect, it } from "vitest";
import { hostAllowed, hostName, originAllowed } from "../../src/shared/local-origin.ts";

describe("local names", () => {
  it("reads the name of a Host header without its port, IPv6 included", () => {
    expect(["localhost:8080", "127.0.0.1", "[::1]:8080", "LocalHost:1", "rapport.local"].map(hostName)).toEqual([
      "localhost",
      "127.0.0.1",
      "[::1]",
      "localhost",
      "rapport.local",
    ]);
  });

  it("allows the local names and the ones asked for, nothing else", () => {
    expect(["127.0.0.1:8080", "localhost:8080", "[::1]:8080"].every((h) => hostAllowed(h))).toBe(true);
    expect(hostAllowed("evil.example.com:8080")).toBe(false);
    expect(hostAllowed("127.0.0.1.evil.example.com")).toBe(false);
    expect(hostAllowed(undefined)).toBe(false);
    expect(hostAllowed("utvikler.kommune.no:8080", ["utvikler.kommune.no"])).toBe(true);
  });

  it("allows a request without Origin (a page's own script), refuses a foreign or opaque one", () => {
    expect(originAllowed(undefined)).toBe(true);
    expect(originAllowed("http://localhost:8080")).toBe(true);
    expect(originAllowed("http://evil.example.com")).toBe(false);
    expect(originAllowed("null")).toBe(false);
  });
});
