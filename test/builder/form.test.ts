import { applyEdit } from "../../src/builder/form";
import { emptyFirstLotValues } from "../../src/builder/validate";
import { templateFor, firstLotTemplate } from "../../src/builder/templates";
import { formatIsoDate, toIsoDate, isIsoDate } from "../../src/builder/presets";
import type { FirstLotValues } from "../../src/builder/types";

const base: FirstLotValues = { ...emptyFirstLotValues(), orderTotal: "150", lotQuantity: "25", balanceQuantity: "125", lotId: "Lot 1", unit: "units" };

describe("applyEdit", () => {
  it("keeps the balance at total − lot while it follows the order", () => {
    const v = applyEdit(base, { type: "set", field: "lotQuantity", value: "30" });
    expect(v.balanceQuantity).toBe("120");
    expect(applyEdit(v, { type: "set", field: "orderTotal", value: "200" }).balanceQuantity).toBe("170");
  });

  it("stops following once the buyer types a balance, and follows again on reset", () => {
    const typed = applyEdit(base, { type: "set", field: "balanceQuantity", value: "100" });
    expect(typed.balanceAuto).toBe(false);
    const moved = applyEdit(typed, { type: "set", field: "lotQuantity", value: "30" });
    expect(moved.balanceQuantity).toBe("100");
    const reset = applyEdit(moved, { type: "reset-balance" });
    expect(reset).toMatchObject({ balanceAuto: true, balanceQuantity: "120" });
  });

  it("writes a preset's sentence into the trigger, using the lot and the approver", () => {
    expect(applyEdit(base, { type: "preset", preset: "install-feedback" }).trigger).toBe("install feedback from Lot 1");
    expect(applyEdit({ ...base, approverName: "Dana Ortiz" }, { type: "preset", preset: "purchasing-decision" }).trigger).toBe(
      "a written purchasing decision by Dana Ortiz",
    );
  });

  it("fills the date preset's trigger once a date is picked", () => {
    const picked = applyEdit(base, { type: "preset", preset: "date" });
    expect(picked.trigger).toBe("");
    expect(applyEdit(picked, { type: "set", field: "triggerDate", value: "2027-01-15" }).trigger).toBe("review on 15 January 2027");
  });

  it("does not change the values it was given", () => {
    const copy = { ...base };
    applyEdit(base, { type: "set", field: "lotQuantity", value: "99" });
    expect(base).toEqual(copy);
  });
});

describe("dates", () => {
  it("writes and reads the block's date form", () => {
    expect(formatIsoDate("2026-12-04")).toBe("4 December 2026");
    expect(toIsoDate("4 December 2026")).toBe("2026-12-04");
    expect(toIsoDate("2026-12-04")).toBe("2026-12-04");
    expect(toIsoDate("end of March")).toBe("");
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});

describe("templates", () => {
  it("has a template per kind, and first-lot when there is no kind", () => {
    expect(templateFor("first-lot")).toBe(firstLotTemplate);
    expect(templateFor(undefined)).toBe(firstLotTemplate);
    expect(templateFor("sample-only").kind).toBe("sample-only");
    expect(templateFor("sample-only").title).toBe("Sample-only approval");
  });
});
