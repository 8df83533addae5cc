import { detailTable } from "./ruleTester";

const SIGN = "\n\nRegards,\nDana Ortiz\nPurchasing Manager";

describe("lot", () => {
  detailTable("lot", [
    { name: "an exact quantity with its unit is present", text: "Please release lot 1: 25 units." + SIGN, status: "present" },
    { name: "a number in words with digits is present", text: "Only lot 1 moves: forty (40) clips." + SIGN, status: "present" },
    { name: "a dozen is a number", text: "Please print a dozen units as lot 1." + SIGN, status: "present" },
    { name: "a lot identifier alone is present (C4)", text: "Please start production on LOT-2024-117 today." + SIGN, status: "present" },
    { name: "an approximate figure is vague (V4)", text: "Please print roughly thirty units, give or take, for lot 1." + SIGN, status: "vague" },
    { name: "a generic first batch is vague", text: "Go ahead with the first batch." + SIGN, status: "vague" },
    { name: "samples never form a production lot (S1)", text: "Please print 6 samples only in PETG, rev B." + SIGN, status: "missing" },
    { name: "a negated start is missing", text: "Please don't start anything until we confirm the size of lot 1." + SIGN, status: "missing" },
    { name: "a date is not a lot", text: "Thanks for the call on 12 November." + SIGN, status: "missing" },
    { name: "a test count is not a lot", text: "10 of 10 parts sealed at 2 bar after 24 h." + SIGN, status: "missing" },
  ]);
});

describe("balance", () => {
  detailTable("balance", [
    { name: "an explicit hold with a figure is present", text: "Release lot 1 (20 pcs). Do not start the remaining 180 pcs." + SIGN, status: "present" },
    { name: "'hold the rest' is present without a figure (J2)", text: "Lot 1 = 20 pcs, hold the rest." + SIGN, status: "present" },
    { name: "frozen counts as held", text: "Lot 1: 20 pcs. The other 80 are frozen." + SIGN, status: "present" },
    { name: "a held figure that does not reconcile is vague", text: "Order qty: 100 pcs\nRelease now: 20 pcs\nOn hold: 70 pcs" + SIGN, status: "vague" },
    { name: "the rest left to a later chat is vague", text: "Print 20 pcs now; the rest we can sort next week." + SIGN, status: "vague" },
    { name: "silence about the rest is missing", text: "Please print 20 pcs of the clip in PETG." + SIGN, status: "missing" },
  ]);
});

describe("trigger", () => {
  detailTable("trigger", [
    { name: "a passed test is present", text: "Lot 2 follows once lot 1 has passed the drop test." + SIGN, status: "present" },
    { name: "install feedback is present", text: "Keep the balance on hold pending install feedback from lot 1." + SIGN, status: "present" },
    { name: "a dated meeting is present", text: "Lot 2 is decided at our planning meeting on 3 December." + SIGN, status: "present" },
    { name: "a paid invoice is present", text: "Lot 2 can be scheduled once the lot 1 invoice is paid." + SIGN, status: "present" },
    { name: "the budget mood is vague", text: "Lot 2 depends on how the budget looks next quarter." + SIGN, status: "vague" },
    { name: "'when things are calmer' is vague", text: "We'll release lot 2 when things are calmer." + SIGN, status: "vague" },
    { name: "'for now' names no event", text: "Lot 1 = 10 pcs; the rest stays on hold for now." + SIGN, status: "missing" },
  ]);
});

describe("revisionMaterial", () => {
  detailTable("revisionMaterial", [
    { name: "a revision and a material are present", text: "Print from rev C7 in black PETG." + SIGN, status: "present" },
    { name: "a revision-bearing file name counts", text: "Use clip_revD.step, PA12 natural." + SIGN, status: "present" },
    { name: "a material alone is vague", text: "Print them in ASA black." + SIGN, status: "vague" },
    { name: "a colour alone is no material", text: "Print them in black, rev B." + SIGN, status: "vague" },
    { name: "'latest file' is vague", text: "Use the latest file in PETG." + SIGN, status: "vague" },
    { name: "'same material as last time' is vague", text: "Rev B2, same material as last spring's order." + SIGN, status: "vague" },
    { name: "lower-case 'pcs' is not polycarbonate", text: "Print 20 pcs please." + SIGN, status: "missing" },
    { name: "'revision is newest' is no revision", text: "Whichever revision is newest, in PC." + SIGN, status: "vague" },
  ]);
});

describe("approver", () => {
  detailTable("approver", [
    { name: "a named person tied to lot 2 is present", text: "Lot 2 is released only by Priya Natarajan, Operations Manager." + SIGN, status: "present" },
    { name: "a role tied to the next lot is present", text: "Lot B approval: our Purchasing Manager." + SIGN, status: "present" },
    { name: "'me' counts when the signature names the writer", text: "Who releases lot 2: me, in writing." + SIGN, status: "present" },
    { name: "'we will issue a separate release' is vague (J3)", text: "We will issue a separate release for lot 2 after that review." + SIGN, status: "vague" },
    { name: "'someone from our side' is vague", text: "Someone from our side will be in touch about production." + SIGN, status: "vague" },
    { name: "a signature with a release authority line is missing", text: "Lot 1: 50 pcs.\n\nKwame Yeboah\nHead of Purchasing\nRelease authority: up to EUR 25,000", status: "missing" },
    { name: "an automatic start removes the approver", text: "Lot 2 starts automatically once payment clears; no further email needed." + SIGN, status: "missing" },
  ]);
});
