import { afterEach, describe, expect, it } from "vitest";
import { findBrowser } from "../../harness/find-browser";

const lookup = {
  name: "Testium",
  envVar: "TESTIUM_PATH",
  candidates: ["/nonexistent/a", "/nonexistent/b"],
  install: "testium",
};

afterEach(() => {
  delete process.env.TESTIUM_PATH;
});

describe("findBrowser", () => {
  it("fails with an error that names the fix when there is none", () => {
    expect(() => findBrowser(lookup)).toThrow(/No Testium found .*TESTIUM_PATH.*apt-get install -y testium/);
  });
  it("takes the environment variable first", () => {
    process.env.TESTIUM_PATH = process.execPath;
    expect(findBrowser(lookup)).toBe(process.execPath);
  });
  it("says so when the environment variable points nowhere", () => {
    process.env.TESTIUM_PATH = "/nonexistent/testium";
    expect(() => findBrowser(lookup)).toThrow(/TESTIUM_PATH is set to \/nonexistent\/testium/);
  });
  it("falls back to the usual places", () => {
    expect(findBrowser({ ...lookup, candidates: ["/nonexistent/a", process.execPath] })).toBe(process.execPath);
  });
});
