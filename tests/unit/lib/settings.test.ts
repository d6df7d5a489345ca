import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, hostMatches, normaliseSite, settingsForHost, withDefaults } from "../../../lib/settings";

describe("normaliseSite", () => {
  it.each([
    ["https://www.Example.com/path?q=1", "example.com"],
    ["example.com", "example.com"],
    ["  news.example.co.uk ", "news.example.co.uk"],
    ["localhost", "localhost"],
    ["", null],
    ["not a site", null],
  ])("%j -> %j", (input, out) => expect(normaliseSite(input)).toBe(out));
});

describe("hostMatches", () => {
  it.each([
    ["example.com", "example.com", true],
    ["www.example.com", "example.com", true],
    ["news.example.com", "example.com", true],
    ["badexample.com", "example.com", false],
    ["example.com.evil.net", "example.com", false],
  ])("%s vs %s -> %s", (host, site, ok) => expect(hostMatches(host, site)).toBe(ok));
});

describe("settingsForHost", () => {
  const s = withDefaults({ neverSites: ["bank.example"], wholePageSites: ["blog.example"] });
  it("never runs on a never-site or its subdomains", () => {
    expect(settingsForHost(s, "app.bank.example").run).toBe(false);
    expect(settingsForHost(s, "news.example").run).toBe(true);
  });
  it("scans the whole page on whole-page sites", () => {
    expect(settingsForHost(s, "blog.example").wholePage).toBe(true);
    expect(settingsForHost(s, "news.example").wholePage).toBe(false);
  });
  it("respects the global switch", () => {
    expect(settingsForHost(withDefaults({ enabled: false }), "news.example").run).toBe(false);
  });
});

describe("withDefaults", () => {
  it("repairs missing and malformed stored values", () => {
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults({ neverSites: "x" as unknown as string[] }).neverSites).toEqual([]);
  });
});
