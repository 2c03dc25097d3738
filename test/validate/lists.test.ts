import { describe, expect, it } from "vitest";
import { isCountryCode, TOPIC_IDS } from "../../src/index.js";
import { COUNTRY_CODES } from "../../src/validate/country-codes.js";
import { BUILT_IN_TOPIC_IDS } from "../../src/validate/topic-ids.js";

// Validation keeps short copies of two lists so that `communique/validate` does not load the
// gazetteers; these tests keep the copies equal to the gazetteers.
describe("the lists validation keeps", () => {
  it("COUNTRY_CODES holds exactly the codes the countries gazetteer knows", () => {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const gazetteer = [...letters].flatMap((first) => [...letters].map((second) => first + second)).filter((code) => isCountryCode(code));
    expect([...COUNTRY_CODES].sort()).toEqual(gazetteer);
  });

  it("BUILT_IN_TOPIC_IDS holds exactly the ids of TOPICS, in their order", () => {
    expect(BUILT_IN_TOPIC_IDS).toEqual(TOPIC_IDS);
  });
});
