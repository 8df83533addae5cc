import { BoundaryErrorCode, CUSTOM_PROPERTIES_MAX_LENGTH, createComposeItem, type OfficeComposeItemLike } from "../../src/office/compose";
import { OfficeCallError } from "../../src/office/types";
import { mockComposeItem } from "./mockItem";

const GENERIC_FAILURE = { message: "An internal error has occurred.", code: 5001, name: "InternalError" };
const SAVE_FAILURE = { message: "The custom properties could not be saved.", code: 9020, name: "GenericResponseError" };

async function rejection(promise: Promise<unknown>): Promise<OfficeCallError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(OfficeCallError);
    return err as OfficeCallError;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

// Compile-time: Outlook's own compose item fits the boundary's contract, custom properties included.
const officeItemFits = (item: Office.MessageCompose): OfficeComposeItemLike => item;
void officeItemFits;

describe("per-message custom properties", () => {
  it("reads a value stored on the message, loading the properties from Office first", async () => {
    const { item, state } = mockComposeItem({ customProperties: { releaseKind: "sample-only" } });
    await expect(createComposeItem(item).getCustomProperty!("releaseKind")).resolves.toBe("sample-only");
    expect(state.calls.map((c) => c.method)).toEqual(["item.loadCustomPropertiesAsync", "customProperties.get"]);
  });

  it("reads a name never stored as undefined", async () => {
    const { item } = mockComposeItem();
    await expect(createComposeItem(item).getCustomProperty!("releaseKind")).resolves.toBeUndefined();
  });

  it("loads the properties afresh for each read and write, so it sees what another runtime saved", async () => {
    const { item, state, custom } = mockComposeItem({ customProperties: { releaseKind: "hold" } });
    const compose = createComposeItem(item);
    await expect(compose.getCustomProperty!("releaseKind")).resolves.toBe("hold");
    custom.bag.set("releaseKind", "sample-only"); // saved meanwhile by the other runtime
    await expect(compose.getCustomProperty!("releaseKind")).resolves.toBe("sample-only");
    await compose.setCustomProperty!("releaseKind", "pause");
    await expect(compose.getCustomProperty!("releaseKind")).resolves.toBe("pause");
    expect(state.calls.filter((c) => c.method === "item.loadCustomPropertiesAsync")).toHaveLength(4);
  });

  it("sets and saves a value with the message", async () => {
    const { item, state, custom } = mockComposeItem();
    await createComposeItem(item).setCustomProperty!("releaseKind", "shipment-window");
    expect(custom.saved).toEqual({ releaseKind: "shipment-window" });
    expect(custom.saves).toBe(1);
    const methods = state.calls.map((c) => c.method);
    expect(methods).toEqual(["item.loadCustomPropertiesAsync", "customProperties.getAll", "customProperties.set", "customProperties.saveAsync"]);
    expect(state.calls[2]!.args).toEqual(["releaseKind", "shipment-window"]);
  });

  it("removes the value when given null, and saves", async () => {
    const { item, state, custom } = mockComposeItem({ customProperties: { releaseKind: "pause", other: "kept" } });
    await createComposeItem(item).setCustomProperty!("releaseKind", null);
    expect(custom.saved).toEqual({ other: "kept" });
    expect(state.calls.find((c) => c.method === "customProperties.remove")?.args).toEqual(["releaseKind"]);
  });

  it("keeps Office's message and code when the properties cannot be loaded", async () => {
    const { item } = mockComposeItem({ failing: { "item.loadCustomPropertiesAsync": GENERIC_FAILURE } });
    const err = await rejection(createComposeItem(item).getCustomProperty!("releaseKind"));
    expect(err.operation).toBe("item.loadCustomPropertiesAsync");
    expect(err.code).toBe(5001);
    expect(err.officeMessage).toBe("An internal error has occurred.");
  });

  it("loads again after a failed load", async () => {
    const failing: Partial<Record<string, typeof GENERIC_FAILURE>> = { "item.loadCustomPropertiesAsync": GENERIC_FAILURE };
    const { item } = mockComposeItem({ failing, customProperties: { releaseKind: "hold" } });
    const compose = createComposeItem(item);
    await rejection(compose.getCustomProperty!("releaseKind"));
    delete failing["item.loadCustomPropertiesAsync"];
    await expect(compose.getCustomProperty!("releaseKind")).resolves.toBe("hold");
  });

  it("keeps Office's error when saving fails", async () => {
    const { item, custom } = mockComposeItem({ failing: { "customProperties.saveAsync": SAVE_FAILURE } });
    const err = await rejection(createComposeItem(item).setCustomProperty!("releaseKind", "hold"));
    expect(err.operation).toBe("customProperties.saveAsync");
    expect(err.code).toBe(9020);
    expect(err.officeMessage).toBe("The custom properties could not be saved.");
    expect(custom.saved).toBeUndefined();
  });

  it("refuses a value that would take the message's properties past 2,500 characters, before changing anything", async () => {
    const { item, state, custom } = mockComposeItem({ customProperties: { notes: "n".repeat(2400) } });
    const err = await rejection(createComposeItem(item).setCustomProperty!("releaseKind", "x".repeat(100)));
    expect(err.code).toBe(BoundaryErrorCode.CustomPropertiesTooLarge);
    expect(err.officeMessage).toContain(`Outlook allows ${CUSTOM_PROPERTIES_MAX_LENGTH}`);
    expect(state.calls.some((c) => c.method === "customProperties.set" || c.method === "customProperties.saveAsync")).toBe(false);
    expect(custom.bag.has("releaseKind")).toBe(false);
  });

  it("accepts a value that fits exactly", async () => {
    // {"releaseKind":"…"} is 18 characters around the value.
    const { item, custom } = mockComposeItem();
    await createComposeItem(item).setCustomProperty!("releaseKind", "x".repeat(CUSTOM_PROPERTIES_MAX_LENGTH - 18));
    expect(JSON.stringify(custom.saved)).toHaveLength(CUSTOM_PROPERTIES_MAX_LENGTH);
  });

  it("still saves on clients without getAll (before Mailbox 1.9), where the size cannot be measured", async () => {
    const { item, custom } = mockComposeItem({ withoutGetAll: true });
    await createComposeItem(item).setCustomProperty!("releaseKind", "full-production");
    expect(custom.saved).toEqual({ releaseKind: "full-production" });
  });

  it.each([[""], ["   "]])("refuses the name %j without calling Office", async (name) => {
    const { item, state } = mockComposeItem();
    const err = await rejection(createComposeItem(item).getCustomProperty!(name));
    expect(err.code).toBe(BoundaryErrorCode.InvalidName);
    expect(state.calls).toHaveLength(0);
  });

  it("rejects with an OfficeCallError when the item has no custom properties at all", async () => {
    const { item } = mockComposeItem();
    const bare = { body: item.body, subject: item.subject, notificationMessages: item.notificationMessages };
    const err = await rejection(createComposeItem(bare).getCustomProperty!("releaseKind"));
    expect(err.operation).toBe("item.loadCustomPropertiesAsync");
    expect(err.officeMessage).toBe("this Outlook item offers no custom properties");
  });
});
