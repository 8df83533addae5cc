import { analyze, KIND_REQUIREMENTS, RELEASE_KINDS } from "../../src/checker";
import type { ReleaseKind, Verdict } from "../../src/checker";

const SIGN = "\n\nBest regards,\nHelena Brandt\nBuyer, Nordvik Pumps";

const cases: Array<[string, string, ReleaseKind, Verdict]> = [
  ["a complete first-lot release is clean",
    "Hi Jonas,\n\nRelease now: lot 1, 30 pcs of the pump cover (rev E, pump_cover_revE.step) in PA12 black.\nThe remaining 90 pcs stay on hold.\nLot 2 follows once lot 1 has passed our leak test.\nLot 2 is released only by Priya Natarajan, Operations Manager." + SIGN, "first-lot", "clean"],
  ["a first-lot release without an approver is incomplete",
    "Hi Jonas,\n\nRelease now: lot 1, 30 pcs (rev E) in PA12 black. The remaining 90 pcs stay on hold until lot 1 has passed our leak test." + SIGN, "first-lot", "incomplete"],
  ["a complete sample order is a clean sample-only release",
    "Hi Jonas,\n\nSamples: 3 (three) covers, rev E, PA12 black.\nProduction of the 120 pcs is not released.\nProduction is considered only after our lab report on the samples is signed.\nProduction release: Priya Natarajan (Operations Manager)." + SIGN, "sample-only", "clean"],
  ["an open-ended sample loop is vague",
    "Hi Jonas, just keep sending us samples until the team is happy with the fit." + SIGN, "sample-only", "vague"],
  ["a full sign-off with quantity, revision and material is clean",
    "Hi Jonas,\n\nFull production release for PO 4410: all 480 units, rev H (hub_revH.step), PLA natural, to start now. Release authority: me." + SIGN, "full-production", "clean"],
  ["a hold after a sample approval is judged as a hold",
    "Hi Jonas,\n\nSample S-2 approved. Production of the 600 pcs is still on hold until our regulatory team has approved the label artwork; then Priya Natarajan (Quality Manager) will send the production release." + SIGN, "hold", "clean"],
  ["a payment-gated lot 2 is a payment-trigger release",
    "Hi Jonas,\n\nLot 1: 100 units, Revision D, white SLA resin - released now.\nLot 2: 300 units - on hold.\nLot 2 can be scheduled once the lot 1 invoice is paid, and only our Commercial Manager, Hallvard Berge, releases it." + SIGN, "payment-trigger", "clean"],
  ["payment as a fake release is vague",
    "Hi Jonas,\n\nThe proforma for all 300 pcs was paid this morning, so you're good to print." + SIGN, "payment-trigger", "vague"],
  ["a delivery-window release is a shipment-window release",
    "Hi Jonas,\n\nFor the week 47 delivery only: 50 pcs (v5, PETG). The other 250 aren't released. The next delivery slot is decided at our planning meeting on 20 November by our Supply Planner, Tui Parata." + SIGN, "shipment-window", "clean"],
  ["cutting back a released lot is a pause",
    "Hi Jonas,\n\nChange to last week's release: lot 1 is cut from 80 to 50 pcs (rev H, PA12 grey). The 30 that drop out go back on hold with the 170 never released, so 200 pcs are now held. Nothing more is released until ECN-0457 is approved. Restart authority: me only." + SIGN, "pause", "clean"],
  ["a tracking question is not a release, even with 'go ahead'",
    "Hi Jonas, could you send the tracking number for LOT-25-0377? Go ahead and email the link to receiving." + SIGN, "not-a-release", "not-a-release"],
  ["an out-of-office reply is not a release",
    "Automatic reply: Out of office\n\nI'm away until 7 November and won't be reading email.", "not-a-release", "not-a-release"],
  ["a cancellation is not a release",
    "Hi Jonas, we have to cancel PO 94-0612: our customer cancelled the launch. Please don't print anything for it." + SIGN, "not-a-release", "not-a-release"],
  ["a thank-you is not a release", "Thanks for the quick turnaround last week!" + SIGN, "not-a-release", "not-a-release"],
];

describe("release kinds", () => {
  it.each(cases)("%s", (_name, text, kind, verdict) => {
    const r = analyze(text);
    expect([r.kind, r.verdict]).toEqual([kind, verdict]);
  });

  it("keeps the required details per kind as data with all five keys for every kind", () => {
    for (const k of RELEASE_KINDS) expect(Object.keys(KIND_REQUIREMENTS[k]).sort()).toEqual(["approver", "balance", "lot", "revisionMaterial", "trigger"]);
  });

  it("judges the email by the kind the buyer chose (options.kind)", () => {
    const text = cases[2][1];
    expect(analyze(text).verdict).toBe("clean");
    const asFirstLot = analyze(text, { kind: "first-lot" });
    expect(asFirstLot.kind).toBe("first-lot");
    expect(asFirstLot.verdict).toBe("incomplete");
    expect(asFirstLot.details.lot.required).toBe(true);
  });

  it("ignores an unknown kind given by a caller", () => {
    expect(analyze(cases[0][1], { kind: "everything" as ReleaseKind }).kind).toBe("first-lot");
  });
});
