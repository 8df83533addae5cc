import { DEFAULTS_KEY, forgetDefaults, hasDefaults, loadDefaults, saveDefaults } from "../../src/builder/defaults";
import { fakeSettings } from "./fakeItem";

describe("saved defaults", () => {
  it("saves the four values under one key and reads them back", async () => {
    const s = fakeSettings();
    await saveDefaults(s, { approverName: " Dana Ortiz ", approverRole: "Purchasing Manager", material: "black PETG", unit: "pcs" });
    expect(s.saves).toBe(1);
    expect(Object.keys(s.saved)).toEqual([DEFAULTS_KEY]);
    expect(loadDefaults(s)).toEqual({ approverName: "Dana Ortiz", approverRole: "Purchasing Manager", material: "black PETG", unit: "pcs" });
  });

  it("stays far inside Outlook's 32 KB even with absurdly long values", async () => {
    const s = fakeSettings();
    const long = "x".repeat(100_000);
    await saveDefaults(s, { approverName: long, approverRole: long, material: long, unit: long });
    expect(JSON.stringify(s.saved).length).toBeLessThan(2_000);
  });

  it("does not store values it does not know", async () => {
    const s = fakeSettings();
    await saveDefaults(s, { material: "PA12", ...({ password: "hunter2" } as object) });
    expect(JSON.stringify(s.saved)).not.toContain("hunter2");
  });

  it("forgets them", async () => {
    const s = fakeSettings();
    await saveDefaults(s, { material: "PA12" });
    await forgetDefaults(s);
    expect(s.saved).toEqual({});
    expect(loadDefaults(s)).toEqual({});
    expect(hasDefaults(loadDefaults(s))).toBe(false);
  });

  it.each([
    ["a number", 42],
    ["a string that is not JSON", "{not json"],
    ["an array", ["Dana"]],
    ["null", null],
    ["wrong value types", { approverName: 7, material: { deep: true }, unit: "" }],
  ])("reads %s as no defaults", (_name, stored) => {
    expect(loadDefaults(fakeSettings({ [DEFAULTS_KEY]: stored }))).toEqual({});
  });

  it("keeps what is usable from a partly odd value, including JSON text", () => {
    expect(loadDefaults(fakeSettings({ [DEFAULTS_KEY]: { approverName: "Dana Ortiz", unit: 3 } }))).toEqual({ approverName: "Dana Ortiz" });
    expect(loadDefaults(fakeSettings({ [DEFAULTS_KEY]: JSON.stringify({ material: "PA12" }) }))).toEqual({ material: "PA12" });
  });

  it("reads no defaults when there is no store or the store throws", () => {
    expect(loadDefaults(null)).toEqual({});
    const s = fakeSettings();
    s.get = () => {
      throw new Error("settings not loaded");
    };
    expect(loadDefaults(s)).toEqual({});
  });

  it("rejects when Outlook cannot save", async () => {
    const s = fakeSettings();
    s.failSave = new Error("roaming settings full");
    await expect(saveDefaults(s, { material: "PA12" })).rejects.toThrow("roaming settings full");
  });
});
