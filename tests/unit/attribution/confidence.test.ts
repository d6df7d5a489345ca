// @vitest-environment node
/** Confidence is the fitted model's probability that an attribution and its tier are right. */
import { describe, expect, it } from "vitest";
import { findAttributions } from "../../../lib/attribution";
import { confidenceFeatures, featuresOfAll, probability } from "../../../lib/attribution/resolve/confidence";

const one = (text: string) => findAttributions(text)[0];

describe("confidence", () => {
  it("is the model's probability for the attribution's features, in hundredths", () => {
    const all = findAttributions("The regulator, Ofwat, said prices would rise. Prices allegedly rose anyway.");
    expect(all.length).toBe(2);
    const [said] = featuresOfAll(all);
    expect(all[0].confidence).toBe(Math.round(probability(said) * 100) / 100);
    // A source-less hedge, which PolNeAR does not mark, keeps its strength: the model was not fitted on any.
    expect(all[1].rule).toBe("hedge/adverb");
    expect(all[1].confidence).toBe(0.85);
    for (const a of all) {
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThan(1);
    }
  });

  it("ranks a named speaker above a reporting verb with no one behind it", () => {
    const named = one("Senator Jane Smith said the bill would pass.");
    const sourceless = one("Said to be close to a deal, the talks went on.") ?? one("…, said on Tuesday.");
    expect(named.tier).toBe("on-record");
    expect(sourceless).toBeDefined();
    expect(named.confidence).toBeGreaterThan(sourceless.confidence);
  });

  it("reads the rule, the tier and how the source is written", () => {
    const a = one("He said the bill would pass.");
    const f = confidenceFeatures(a, false);
    expect(f).toContain(`rule:${a.rule}`);
    expect(f).toContain(`tier:${a.tier}`);
    expect(f).toContain("source:pronoun-unresolved");
    expect(confidenceFeatures(a, true)).toContain("nested");
  });

  it("reads how the claim is written: what opens it, its side of the cue, how far and how long", () => {
    const quoted = confidenceFeatures(one('"We will build it," said Mayor Jane Roe.'), false);
    expect(quoted).toEqual(
      expect.arrayContaining(["content-opens:quote", "content-side:before", "content-gap:0-1", "content-chars:<40"]),
    );
    expect(quoted).toContain("cue-end-tier:said|on-record");
    const that = confidenceFeatures(
      one("The council warned that the bridge would close for repairs next spring."),
      false,
    );
    expect(that).toEqual(expect.arrayContaining(["content-opens:that", "content-side:after", "content-chars:40-99"]));
  });

  it("marks a report inside another attribution's claim as nested, and drops a hedge there", () => {
    const all = findAttributions("Officials said the plan, a charge the mayor denied, had allegedly been hidden.");
    expect(all.map((a) => a.cue.text)).toEqual(["said", "denied"]);
    expect(featuresOfAll(all).map((f) => f.includes("nested"))).toEqual([false, true]);
  });

  it("reads a claim's own subject reporting as part of the claim (outermost attributions only)", () => {
    const all = findAttributions("Officials said the mayor told staff the report had allegedly been hidden.");
    expect(all.map((a) => a.cue.text)).toEqual(["said"]);
  });
});
