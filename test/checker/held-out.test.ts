/**
 * Emails written apart from the public corpus, in other words than its cases, to keep the rules
 * honest: each names the report it should get and why.
 */
import { analyze } from "../../src/checker";

const cases: Array<[string, string, string, string]> = [
  ["prose release with numbers in words", "first-lot", "clean",
    "Hi Ola,\n\nWe approve the first lot: twenty-five (25) brackets from bracket_v3.step in PA12 grey. Please do not print the remaining 175 brackets on PO 5521 - they stay frozen until our line trial on 9 March has passed. Only Mette Holm (Operations Lead) can release lot 2.\n\nBest,\nJonas Berg"],
  ["'start some' with the rest left for later", "first-lot", "vague",
    "Ola - please start some of the brackets this week, we'll figure out the rest later.\nJonas"],
  ["samples only, production held with an owner", "sample-only", "clean",
    "Hi Ola,\n\nPlease print 2 samples only of the clip (rev D, PETG black). The 500 production clips on PO 77 are not released; production is considered after our fit check on 3 April, and only Mette Holm (Purchasing Manager) can release production.\n\nJonas Berg"],
  ["a lead-time question", "not-a-release", "not-a-release",
    "Hi Ola, quick question: what's the lead time for 500 more brackets in PA12? Thanks, Jonas"],
  ["hold after sample approval until a ship-to address", "hold", "clean",
    "Hi Ola,\n\nThe sample is approved, but please hold production of the 300 units until our customer confirms the ship-to address on 12 May. After that Mette Holm (Logistics Manager) will send the production release.\n\nJonas Berg"],
  ["a paid invoice presented as a go-ahead", "payment-trigger", "vague",
    "Invoice 4411 is paid, so go ahead and print them.\nJonas"],
  ["capacity-defined pickup", "shipment-window", "vague",
    "Send whatever is ready by the Friday pickup and keep the rest coming.\nJonas"],
  ["full order with no package", "full-production", "vague",
    "Design frozen - release the full order please.\nJonas"],
];

describe("held-out emails", () => {
  it.each(cases)("%s", (_name, kind, verdict, text) => {
    const r = analyze(text);
    expect([r.kind, r.verdict]).toEqual([kind, verdict]);
  });
});
