import { describe, expect, it } from "vitest";
import { isContentRequest } from "../../lib/messages";

describe("isContentRequest", () => {
  it.each([
    [{ type: "sourcelight:get-report" }, true],
    [{ type: "other" }, false],
    [null, false],
    ["sourcelight:get-report", false],
  ])("%j -> %s", (msg, ok) => expect(isContentRequest(msg)).toBe(ok));
});
