import { BoundaryErrorCode, ROAMING_SETTINGS_MAX_BYTES, createSettingsStore } from "../../src/office/compose";
import { OfficeCallError } from "../../src/office/types";
import { mockRoamingSettings } from "./mockItem";

function thrown(fn: () => unknown): OfficeCallError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OfficeCallError);
    return err as OfficeCallError;
  }
  throw new Error("expected an OfficeCallError");
}

const LAST_SEND_CHECK = { at: "2025-03-04T09:30:00Z", outcome: "timeout", subject: "RE: Quote 4471 - printed brackets" };

describe("roaming settings", () => {
  it("returns a stored setting", () => {
    const { roamingSettings } = mockRoamingSettings({ lastSendCheck: LAST_SEND_CHECK });
    expect(createSettingsStore(roamingSettings).get("lastSendCheck")).toEqual(LAST_SEND_CHECK);
  });

  it("returns undefined for a setting that was never saved (Office gives null)", () => {
    const { roamingSettings } = mockRoamingSettings();
    expect(createSettingsStore(roamingSettings).get("approverDirectory")).toBeUndefined();
  });

  it("sets and saves", async () => {
    const { roamingSettings, store, calls } = mockRoamingSettings();
    const settings = createSettingsStore(roamingSettings);
    settings.set("lastSendCheck", LAST_SEND_CHECK);
    await settings.save();
    expect(store.get("lastSendCheck")).toEqual(LAST_SEND_CHECK);
    expect(calls).toEqual(["set:lastSendCheck", "saveAsync"]);
  });

  it("keeps Office's message and code when saving fails", async () => {
    const { roamingSettings } = mockRoamingSettings({}, { message: "The settings could not be saved.", code: 9019, name: "GenericSettingsError" });
    const settings = createSettingsStore(roamingSettings);
    settings.set("lastSendCheck", LAST_SEND_CHECK);
    await expect(settings.save()).rejects.toMatchObject({
      name: "OfficeCallError",
      operation: "roamingSettings.saveAsync",
      code: 9019,
      officeMessage: "The settings could not be saved.",
    });
  });

  it("removes a setting", () => {
    const { roamingSettings, store } = mockRoamingSettings({ lastSendCheck: LAST_SEND_CHECK });
    const settings = createSettingsStore(roamingSettings);
    settings.remove("lastSendCheck");
    expect(store.has("lastSendCheck")).toBe(false);
    expect(settings.get("lastSendCheck")).toBeUndefined();
  });

  it("refuses a value that alone exceeds 32 KB, and does not pass it to Office", () => {
    const { roamingSettings, calls } = mockRoamingSettings();
    const err = thrown(() => createSettingsStore(roamingSettings).set("history", "x".repeat(ROAMING_SETTINGS_MAX_BYTES)));
    expect(err.code).toBe(BoundaryErrorCode.SettingsTooLarge);
    expect(err.message).toContain("32 KB");
    expect(calls).toEqual([]);
  });

  it("counts bytes, not characters: 11,000 euro signs are 33,000 bytes", () => {
    const { roamingSettings } = mockRoamingSettings();
    const settings = createSettingsStore(roamingSettings);
    expect(thrown(() => settings.set("note", "€".repeat(11_000))).code).toBe(BoundaryErrorCode.SettingsTooLarge);
    expect(() => settings.set("note", "e".repeat(11_000))).not.toThrow();
  });

  it("refuses a value that would push the total past 32 KB", () => {
    const { roamingSettings, store } = mockRoamingSettings();
    const settings = createSettingsStore(roamingSettings);
    settings.set("history", "a".repeat(20_000));
    const err = thrown(() => settings.set("drafts", "b".repeat(20_000)));
    expect(err.code).toBe(BoundaryErrorCode.SettingsTooLarge);
    expect(store.has("drafts")).toBe(false);
  });

  it("counts settings it has read toward the total", () => {
    const { roamingSettings } = mockRoamingSettings({ history: "a".repeat(20_000) });
    const settings = createSettingsStore(roamingSettings);
    settings.get("history");
    expect(thrown(() => settings.set("drafts", "b".repeat(20_000))).code).toBe(BoundaryErrorCode.SettingsTooLarge);
  });

  it("frees the space of a removed or overwritten setting", () => {
    const { roamingSettings } = mockRoamingSettings();
    const settings = createSettingsStore(roamingSettings);
    settings.set("history", "a".repeat(20_000));
    settings.set("history", "a".repeat(100)); // overwrite: the old size no longer counts
    settings.set("drafts", "b".repeat(20_000));
    settings.remove("drafts");
    expect(() => settings.set("drafts", "c".repeat(20_000))).not.toThrow();
  });

  it.each([
    ["a function", () => "hi"],
    ["undefined", undefined],
    ["a BigInt", BigInt(7)],
  ])("refuses %s, which JSON cannot represent", (_label, value) => {
    const { roamingSettings, calls } = mockRoamingSettings();
    const err = thrown(() => createSettingsStore(roamingSettings).set("x", value));
    expect(err.code).toBe(BoundaryErrorCode.Unserializable);
    expect(calls).toEqual([]);
  });

  it("refuses a value that refers to itself", () => {
    const cyclic: Record<string, unknown> = { lot: 1 };
    cyclic.self = cyclic;
    const { roamingSettings } = mockRoamingSettings();
    expect(thrown(() => createSettingsStore(roamingSettings).set("x", cyclic)).code).toBe(BoundaryErrorCode.Unserializable);
  });

  it("turns an exception from Office's set into an OfficeCallError", () => {
    const { roamingSettings } = mockRoamingSettings();
    roamingSettings.set = () => {
      throw new Error("Settings are read-only in this mode");
    };
    const err = thrown(() => createSettingsStore(roamingSettings).set("x", 1));
    expect(err.operation).toBe("roamingSettings.set");
    expect(err.officeMessage).toBe("Settings are read-only in this mode");
  });
});
