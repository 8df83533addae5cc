import { analyze } from "../../src/checker";
import {
  approverFrom, lotIdFrom, materialFrom, orderRefFrom, prefillFirstLot, revisionFrom, triggerFrom,
} from "../../src/builder/prefill";
import { OLD_FIELDS, VAGUE_BODY, handReport, oldBlock, plainTextBody } from "./fixtures";

describe("prefillFirstLot", () => {
  it("fills what the checker found in the email: quantities, lot, revision, material, trigger", () => {
    const { values, sources } = prefillFirstLot({ report: handReport(VAGUE_BODY), bodyText: VAGUE_BODY });
    expect(values).toMatchObject({
      lotQuantity: "25",
      orderTotal: "150", // released + on hold, since the email gives no total
      balanceQuantity: "125",
      balanceAuto: true,
      unit: "units",
      lotId: "Lot 1",
      revision: "C7",
      material: "black PETG",
      trigger: "install feedback from the first lot",
      approverName: "",
      orderRef: "", // "PO 4512" and "PO 9999" are only in the quoted thread
    });
    expect(sources).toMatchObject({ lotQuantity: "email", revision: "email", material: "email", lotId: "email" });
    expect(sources.approverName).toBeUndefined();
  });

  it("fills the rest from saved defaults, but never over what the email says", () => {
    const { values, sources } = prefillFirstLot({
      report: handReport(VAGUE_BODY),
      bodyText: VAGUE_BODY,
      defaults: { approverName: "Dana Ortiz", approverRole: "Purchasing Manager", material: "grey PA12", unit: "pcs" },
    });
    expect(values).toMatchObject({ approverName: "Dana Ortiz", approverRole: "Purchasing Manager", material: "black PETG", unit: "units" });
    expect(sources).toMatchObject({ approverName: "defaults", approverRole: "defaults", material: "email", unit: "email" });
  });

  it("uses only defaults when there is no report", () => {
    const { values } = prefillFirstLot({ report: null, bodyText: "", defaults: { material: "white PA12", unit: "pcs" } });
    expect(values).toMatchObject({ material: "white PA12", unit: "pcs", lotQuantity: "", balanceQuantity: "", balanceAuto: true });
  });

  it("does not take the default role for a different approver named in the email", () => {
    const body = "Approve lot 1 for 25 units. Only Lee Chen (Engineering Lead) can release lot 2.";
    const report = handReport(VAGUE_BODY);
    report.details.approver = { status: "present", evidence: [{ range: [28, body.length], text: "Only Lee Chen (Engineering Lead) can release lot 2." }], message: "" };
    const { values } = prefillFirstLot({ report, bodyText: body, defaults: { approverName: "Dana Ortiz", approverRole: "Purchasing Manager" } });
    expect(values.approverName).toBe("Lee Chen");
    expect(values.approverRole).toBe("Engineering Lead");
  });

  it("starts from a block already in the buyer's text, ahead of the email and the defaults", () => {
    const body = plainTextBody(oldBlock.text);
    const { values, sources } = prefillFirstLot({ report: null, bodyText: body, defaults: { material: "grey PA12" } });
    expect(values).toMatchObject({
      lotId: "Lot 1", lotQuantity: "25", orderTotal: "150", balanceQuantity: "125", balanceAuto: true, unit: "units",
      orderRef: "PO 4512", trigger: OLD_FIELDS.trigger, revision: "C7", material: "black PETG",
      approverName: "Dana Ortiz", approverRole: "Purchasing Manager", needBy: "2026-12-04",
    });
    expect(sources.revision).toBe("block");
  });

  it("ignores a block that is only in the quoted thread", () => {
    const body = plainTextBody("Please hold everything for now.");
    const { values } = prefillFirstLot({ report: null, bodyText: body });
    expect(values.lotQuantity).toBe("");
    expect(values.revision).toBe("");
  });

  it("keeps a balance from the email that differs from total − lot as typed", () => {
    const report = handReport(VAGUE_BODY);
    report.quantities = { released: 25, onHold: 100, total: 150, unit: "pcs" };
    const { values } = prefillFirstLot({ report, bodyText: VAGUE_BODY });
    expect(values).toMatchObject({ orderTotal: "150", balanceQuantity: "100", balanceAuto: false, unit: "pcs" });
  });

  it("pre-fills from the real checker's report of a buyer's email", () => {
    const body = [
      "Hi Sam,",
      "",
      "Please approve lot 1 for 25 units from revision C7 in black PETG for PO 4512.",
      "Do not start the remaining 125 units yet; keep the balance on hold pending install feedback from the first lot.",
      "Only Priya Natarajan (Quality Lead) can release lot 2, in writing.",
      "",
      "Thanks,",
      "Dana",
    ].join("\n");
    const report = analyze(body);
    const { values } = prefillFirstLot({ report, bodyText: body, defaults: { approverName: "Dana Ortiz", approverRole: "Purchasing Manager" } });
    expect(values).toMatchObject({
      lotQuantity: "25", balanceQuantity: "125", orderTotal: "150", unit: "units", lotId: "Lot 1",
      revision: "C7", material: "black PETG", orderRef: "PO 4512", trigger: "install feedback from the first lot",
      approverName: "Priya Natarajan", approverRole: "Quality Lead",
    });
  });
});

describe("reading details out of evidence", () => {
  it.each([
    ["approve lot 1 for 25 units", "Lot 1"],
    ["release LOT-2024-117 (40 pcs)", "LOT-2024-117"],
    ["start the first lot of 25 units", "Lot 1"],
    ["Lot #3 for 10 parts", "Lot 3"],
    ["25 units now", ""],
  ])("lot id in %j is %j", (text, expected) => expect(lotIdFrom(text)).toBe(expected));

  it.each([
    ["25 units, rev C7, black PETG", "C7"],
    ["from revision D in PA12", "D"],
    ["Rev. 3 of the housing", "3"],
    ["print bracket_revD.step in black PETG", "D (bracket_revD.step)"],
    ["a revision of the plan", ""],
    ["latest file", ""],
  ])("revision in %j is %j", (text, expected) => expect(revisionFrom(text)).toBe(expected));

  it.each([
    ["25 units, rev C7, black PETG", "black PETG"],
    ["in matte black PA12", "matte black PA12"],
    ["PA12 in dyed black", "PA12 in dyed black"],
    ["use TPU 95A", "TPU 95A"],
    ["natural nylon 12, bead-blasted", "natural nylon 12, bead-blasted"],
    ["the same material as before", ""],
  ])("material in %j is %j", (text, expected) => expect(materialFrom(text)).toBe(expected));

  it.each([
    ["only Dana Ortiz (Purchasing Manager) can release lot 2", "Dana Ortiz", "Purchasing Manager"],
    ["Lot 2 needs sign-off from Lee Chen, our engineering lead.", "Lee Chen", "engineering lead"],
    ["Priya Natarajan in purchasing approves the next lot", "Priya Natarajan", "purchasing"],
    ["we will decide", "", ""],
  ])("approver in %j is %j (%j)", (text, name, role) => expect(approverFrom(text)).toEqual({ name, role }));

  it.each([
    ["keep the balance on hold pending install feedback from the first lot", "install feedback from the first lot"],
    ["release lot 2 once the invoice for lot 1 is paid.", "the invoice for lot 1 is paid"],
    ["customer review of lot 1", "customer review of lot 1"],
  ])("trigger in %j is %j", (text, expected) => expect(triggerFrom(text)).toBe(expected));

  it.each([
    ["Lot 1 of PO 4512 can start", "PO 4512"],
    ["re PO#4512-A", "PO 4512-A"],
    ["purchase order 88123", "PO 88123"],
    ["Please pop over", ""],
  ])("order reference in %j is %j", (text, expected) => expect(orderRefFrom(text)).toBe(expected));
});
