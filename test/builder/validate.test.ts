import { validateFirstLot, emptyFirstLotValues, parseQuantity, autoBalance, normalizeLotId } from "../../src/builder/validate";
import type { FirstLotFieldId, FirstLotValues } from "../../src/builder/types";

const valid: FirstLotValues = {
  ...emptyFirstLotValues(),
  orderRef: "PO 4512",
  orderTotal: "150",
  unit: "units",
  lotId: "Lot 1",
  lotQuantity: "25",
  balanceQuantity: "125",
  balanceAuto: true,
  trigger: "install feedback from Lot 1",
  revision: "C7",
  material: "black PETG",
  approverName: "Dana Ortiz",
  approverRole: "Purchasing Manager",
  needBy: "2026-12-04",
};

describe("validateFirstLot", () => {
  it("turns a complete form into the block's fields", () => {
    const v = validateFirstLot(valid);
    expect(v.messages).toEqual({});
    expect(v.fields).toEqual({
      lotId: "Lot 1", lotQuantity: 25, unit: "units", orderTotal: 150, balanceQuantity: 125, orderRef: "PO 4512",
      trigger: "install feedback from Lot 1", revision: "C7", material: "black PETG", approverName: "Dana Ortiz",
      approverRole: "Purchasing Manager", needBy: "4 December 2026",
    });
    expect(v.expectedBalance).toBe(125);
  });

  it("leaves optional fields out when they are empty", () => {
    const v = validateFirstLot({ ...valid, orderRef: "", approverRole: " ", needBy: "" });
    expect(v.fields).not.toBeNull();
    expect(v.fields).not.toHaveProperty("orderRef");
    expect(v.fields).not.toHaveProperty("approverRole");
    expect(v.fields).not.toHaveProperty("needBy");
  });

  it("writes a bare lot number as 'Lot N' and collapses line breaks in values", () => {
    const v = validateFirstLot({ ...valid, lotId: " 2 ", material: "black\nPETG ", trigger: "install feedback.\n" });
    expect(v.fields).toMatchObject({ lotId: "Lot 2", material: "black PETG", trigger: "install feedback" });
    expect(normalizeLotId("LOT-2024-117")).toBe("LOT-2024-117");
  });

  type Row = [string, Partial<FirstLotValues>, FirstLotFieldId, string, "error" | "warning"];
  const rows: Row[] = [
    ["an empty lot id", { lotId: "  " }, "lotId", "lot-id-required", "error"],
    ["an empty lot quantity", { lotQuantity: "" }, "lotQuantity", "quantity-required", "error"],
    ["a lot quantity that is not a number", { lotQuantity: "twenty" }, "lotQuantity", "quantity-not-number", "error"],
    ["a lot quantity with its unit typed in", { lotQuantity: "25 pcs" }, "lotQuantity", "quantity-with-unit", "error"],
    ["a negative lot quantity", { lotQuantity: "-5" }, "lotQuantity", "quantity-negative", "error"],
    ["a zero lot quantity", { lotQuantity: "0" }, "lotQuantity", "quantity-zero", "error"],
    ["a fractional lot quantity", { lotQuantity: "12.5" }, "lotQuantity", "quantity-fractional", "error"],
    ["a lot larger than the order", { lotQuantity: "200" }, "lotQuantity", "lot-larger-than-total", "error"],
    ["a lot that is the whole order", { lotQuantity: "150" }, "lotQuantity", "lot-is-whole-order", "error"],
    ["an empty order total", { orderTotal: "" }, "orderTotal", "total-required", "error"],
    ["a fractional order total", { orderTotal: "150.5" }, "orderTotal", "quantity-fractional", "error"],
    ["a balance more than total − lot", { balanceAuto: false, balanceQuantity: "140" }, "balanceQuantity", "balance-too-large", "error"],
    ["a balance less than total − lot", { balanceAuto: false, balanceQuantity: "100" }, "balanceQuantity", "balance-mismatch", "warning"],
    ["a zero balance", { balanceAuto: false, balanceQuantity: "0" }, "balanceQuantity", "balance-zero", "error"],
    ["a negative balance", { balanceAuto: false, balanceQuantity: "-1" }, "balanceQuantity", "quantity-negative", "error"],
    ["an empty unit", { unit: "" }, "unit", "unit-required", "error"],
    ["an empty trigger", { trigger: " " }, "trigger", "trigger-required", "error"],
    ["a vague trigger", { trigger: "Later." }, "trigger", "trigger-vague", "error"],
    ["a 'we will tell you' trigger", { trigger: "we'll let you know" }, "trigger", "trigger-vague", "error"],
    ["the date preset with no date", { triggerPreset: "date", trigger: "", triggerDate: "" }, "triggerDate", "trigger-date-required", "error"],
    ["an empty revision", { revision: "" }, "revision", "revision-required", "error"],
    ["'latest file' as the revision", { revision: "latest file" }, "revision", "revision-vague", "error"],
    ["an empty material", { material: "" }, "material", "material-required", "error"],
    ["'same as before' as the material", { material: "Same as before" }, "material", "material-vague", "error"],
    ["an empty approver", { approverName: "" }, "approverName", "approver-required", "error"],
    ["'we' as the approver", { approverName: "We" }, "approverName", "approver-vague", "error"],
    ["an impossible need-by date", { needBy: "2026-02-30" }, "needBy", "date-invalid", "error"],
    ["a huge revision", { revision: "x".repeat(201) }, "revision", "too-long", "error"],
  ];

  it.each(rows)("flags %s", (_name, change, field, id, severity) => {
    const v = validateFirstLot({ ...valid, ...change });
    expect(v.messages[field]).toMatchObject({ id, severity });
    expect(v.messages[field]?.text).not.toMatch(/\{\{/);
    const otherErrors = Object.entries(v.messages).filter(([k, m]) => k !== field && m?.severity === "error");
    expect(otherErrors).toEqual([]);
    if (severity === "error") expect(v.fields).toBeNull();
    else expect(v.fields).not.toBeNull();
  });

  it("says in the mismatch message what adds up and what to use instead", () => {
    const v = validateFirstLot({ ...valid, balanceAuto: false, balanceQuantity: "100" });
    expect(v.messages.balanceQuantity?.text).toBe(
      "25 now + 100 on hold = 125, not the order total of 150. Right if 25 units were released before; otherwise use 125.",
    );
    expect(v.fields?.balanceQuantity).toBe(100);
  });

  it("names both numbers when the lot is larger than the order", () => {
    expect(validateFirstLot({ ...valid, lotQuantity: "200", unit: "pcs" }).messages.lotQuantity?.text).toBe(
      "The lot (200 pcs) is larger than the order total (150 pcs).",
    );
  });

  it("uses total − lot while the balance follows the order, even if an old number is in the box", () => {
    const v = validateFirstLot({ ...valid, lotQuantity: "30", balanceQuantity: "125", balanceAuto: true });
    expect(v.fields?.balanceQuantity).toBe(120);
  });

  it("flags every required field of an empty form", () => {
    const v = validateFirstLot(emptyFirstLotValues());
    expect(Object.keys(v.messages).sort()).toEqual(
      ["approverName", "lotId", "lotQuantity", "material", "orderTotal", "revision", "trigger", "unit"].sort(),
    );
    expect(v.fields).toBeNull();
  });
});

describe("parseQuantity", () => {
  it.each([
    ["25", 25], ["1,500", 1500], ["1 500", 1500], [" 40 ", 40], ["25.0", 25],
  ])("reads %j as %d", (raw, value) => {
    expect(parseQuantity(raw, "units")).toEqual({ ok: true, value });
  });
  it.each([["1,50"], ["2e3"], ["--3"], ["½"], [""]])("refuses %j", (raw) => {
    expect(parseQuantity(raw, "units").ok).toBe(false);
  });
});

describe("autoBalance", () => {
  it("is total − lot, or empty while unknown or impossible", () => {
    expect(autoBalance({ orderTotal: "150", lotQuantity: "25", unit: "units" })).toBe("125");
    expect(autoBalance({ orderTotal: "", lotQuantity: "25", unit: "units" })).toBe("");
    expect(autoBalance({ orderTotal: "20", lotQuantity: "25", unit: "units" })).toBe("");
  });
});
