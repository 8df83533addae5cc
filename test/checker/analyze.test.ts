import { analyze, RULES, formatMessage } from "../../src/checker";
import { analyzeUnsafe } from "../../src/checker/analyze";

const SEED = "Hi Leontine,\n\nPicking up your question on PO 80-2217. Our release:\n\n\u2022 approve lot 1 for 25 units from revision C7 in black PETG\n\u2022 the remaining 125 units: do not start them yet\n\u2022 keep the balance on hold pending install feedback from the first lot\n\u2022 we will issue a separate release for lot 2 after that review\n\nThanks,\nBenedikt Auer";

describe("analyze", () => {
  it("reads the seed article's strong example as incomplete: the next approver is only 'we'", () => {
    const r = analyze(SEED);
    expect(r.kind).toBe("first-lot");
    expect(r.verdict).toBe("incomplete");
    expect(r.details.approver.status).toBe("vague");
    expect(r.quantities).toEqual({ released: 25, onHold: 125, total: null, unit: "units" });
    expect(r.details.lot.evidence[0].text).toBe("25 units");
  });

  it("flags quantities that do not add up and keeps the balance from being present", () => {
    const r = analyze("Order qty: 250 pcs\nLot 1 (release now): 40 pcs\nHeld: 180 pcs\nRev B3, PA12 blue\nLot 2 decision: when lot 1 has passed our leak test\nLot 2 release by: Oskar Lindgren, Supply Chain Manager");
    expect(r.details.balance.status).toBe("vague");
    const f = r.findings.find((x) => x.ruleId === "quantity-arithmetic");
    expect(f?.messageId).toBe("mismatch");
    expect(f?.message).toBe("40 released + 180 on hold = 220, but the order is 250.");
    expect(r.verdict).toBe("incomplete");
  });

  it("uses a quoted thread only when the reply adopts it in plain words (Q2)", () => {
    const quoted = "\n\n-----Original Message-----\nFrom: Kim <kim@shop.example>\nSent: Monday\nTo: Dana\nSubject: lot 1\n\nLot 1 proposal: 20 pcs, rev B, PETG black.";
    expect(analyze("OK, go with those." + quoted).details.revisionMaterial.status).toBe("missing");
    expect(analyze("The release in my message below stands as written." + quoted).details.revisionMaterial.status).toBe("present");
  });

  it("treats German and French Outlook header blocks as quote markers (C1)", () => {
    const de = "Danke.\n\nVon: Kim <kim@shop.example>\nGesendet: Montag\nAn: Dana\nBetreff: Los 1\n\nJust run what you can.";
    const fr = "Merci.\n\nDe : Kim\nEnvoy\u00e9 : lundi\n\u00c0 : Dana\nObjet : lot 1\n\nJust run what you can.";
    expect(analyze(de).findings.filter((f) => f.ruleId === "vague-release")).toEqual([]);
    expect(analyze(fr).findings.filter((f) => f.ruleId === "vague-release")).toEqual([]);
  });

  it("reads a P.S. after the signature as the writer's text (C5)", () => {
    const r = analyze("Lot 1: 20 pcs.\n\nThanks,\nDana\n\nP.S. run a few more if the printer is free");
    expect(r.verdict).toBe("vague");
  });

  it("applies a policy: banned phrases, approver list, requirement overrides", () => {
    const text = "Release now: lot 1, 30 pcs, rev E, PA12 black. The remaining 90 pcs stay on hold until lot 1 has passed our leak test. Lot 2 is released only by Priya Natarajan, Operations Manager. Ship ASAP.";
    expect(analyze(text).verdict).toBe("clean");
    const banned = analyze(text, { policy: { bannedPhrases: [{ phrase: "ASAP", suggestion: "Name a need-by date", severity: "error" }] } });
    expect(banned.verdict).toBe("vague");
    expect(banned.findings.find((f) => f.ruleId === "policy-banned-phrase")?.text).toBe("ASAP");
    const listed = analyze(text, { policy: { approvers: [{ name: "Dana Ortiz", role: "Purchasing Manager" }] } });
    expect(listed.verdict).toBe("incomplete");
    expect(listed.findings.find((f) => f.ruleId === "policy-approver")?.message).toBe("Priya Natarajan is not on your organisation's list of authorised approvers.");
    const relaxed = analyze(text.replace(/ Lot 2 is released only by Priya Natarajan, Operations Manager\./, ""), { policy: { requirements: { "first-lot": { approver: "optional" } } } });
    expect(relaxed.verdict).toBe("clean");
  });

  it("accepts a material an organisation adds", () => {
    const text = "Lot 1: 10 pcs in Onyx-X (rev B).";
    expect(analyze(text).details.revisionMaterial.status).toBe("vague");
    expect(analyze(text, { policy: { materials: ["Onyx-X"] } }).details.revisionMaterial.status).toBe("present");
  });

  it("never throws and returns the empty report shape for non-strings", () => {
    expect(analyze(undefined as unknown as string).verdict).toBe("not-a-release");
    expect(() => analyzeUnsafe("\u0000\ud800 lot 1: \u202e 25 units")).not.toThrow();
  });

  it("cuts inputs beyond Outlook's body limit without failing", () => {
    const text = "Go ahead with the first batch. " + "x".repeat(1_100_000);
    expect(analyze(text).verdict).toBe("vague");
  });

  it("fills every message template it uses (no {{placeholder}} left)", () => {
    const r = analyze(SEED);
    for (const d of Object.values(r.details)) expect(d.message).not.toMatch(/\{\{|\}\}/);
    for (const f of r.findings) expect(f.message).not.toMatch(/\{\{|\}\}/);
  });

  it("has a description and at least one message for every rule in the registry", () => {
    for (const [id, meta] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z-]+$/);
      expect(meta.description.length).toBeGreaterThan(5);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    }
    expect(formatMessage("Name the {{detail}}", { detail: "approver" })).toBe("Name the approver");
    expect(formatMessage("Name the {{detail}}")).toBe("Name the {{detail}}");
  });
});
