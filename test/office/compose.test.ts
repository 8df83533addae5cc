import { BoundaryErrorCode, createComposeItem, truncateNotification } from "../../src/office/compose";
import { officeCall } from "../../src/office/call";
import { OfficeCallError } from "../../src/office/types";
import { RELEASE_EMAIL_HTML, RELEASE_EMAIL_TEXT, mockComposeItem } from "./mockItem";

const GENERIC_FAILURE = { message: "An internal error has occurred.", code: 5001, name: "InternalError" };

async function rejection(promise: Promise<unknown>): Promise<OfficeCallError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(OfficeCallError);
    return err as OfficeCallError;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

describe("reading the message", () => {
  it("reads the body as plain text, asking Office for the text coercion", async () => {
    const { item, state } = mockComposeItem();
    await expect(createComposeItem(item).getBodyText()).resolves.toBe(RELEASE_EMAIL_TEXT);
    expect(state.calls).toHaveLength(1);
    expect(state.calls[0].method).toBe("body.getAsync");
    expect(state.calls[0].args[0]).toBe("text");
  });

  it("reads the body as HTML", async () => {
    const { item, state } = mockComposeItem();
    await expect(createComposeItem(item).getBodyHtml()).resolves.toBe(RELEASE_EMAIL_HTML);
    expect(state.calls[0].args[0]).toBe("html");
  });

  it("keeps Office's message and code when the body cannot be read", async () => {
    const { item } = mockComposeItem({ failing: { "body.getAsync": GENERIC_FAILURE } });
    const err = await rejection(createComposeItem(item).getBodyText());
    expect(err.operation).toBe("body.getAsync(text)");
    expect(err.officeMessage).toBe("An internal error has occurred.");
    expect(err.code).toBe(5001);
    expect(err.message).toBe("body.getAsync(text) failed: An internal error has occurred. (code 5001)");
  });

  it("fails reading HTML with the operation named", async () => {
    const { item } = mockComposeItem({ failing: { "body.getAsync": GENERIC_FAILURE } });
    const err = await rejection(createComposeItem(item).getBodyHtml());
    expect(err.operation).toBe("body.getAsync(html)");
    expect(err.code).toBe(5001);
  });

  it.each([
    ["html", "html"],
    ["text", "text"],
    ["HTML", "html"],
  ])("reports body type %s as %s", async (officeValue, expected) => {
    const { item } = mockComposeItem({ bodyType: officeValue });
    await expect(createComposeItem(item).getBodyType()).resolves.toBe(expected);
  });

  it("refuses a body type it does not know instead of guessing", async () => {
    const { item } = mockComposeItem({ bodyType: "ooxml" });
    const err = await rejection(createComposeItem(item).getBodyType());
    expect(err.code).toBe(BoundaryErrorCode.UnexpectedResult);
    expect(err.officeMessage).toContain('"ooxml"');
  });

  it("fails reading the body type with Office's code", async () => {
    const { item } = mockComposeItem({ failing: { "body.getTypeAsync": GENERIC_FAILURE } });
    const err = await rejection(createComposeItem(item).getBodyType());
    expect(err.operation).toBe("body.getTypeAsync");
    expect(err.code).toBe(5001);
  });

  it("reads the subject", async () => {
    const { item } = mockComposeItem({ subject: "Release: lot 1 of quote 4471" });
    await expect(createComposeItem(item).getSubject()).resolves.toBe("Release: lot 1 of quote 4471");
  });

  it("fails reading the subject with Office's message", async () => {
    const { item } = mockComposeItem({ failing: { "subject.getAsync": GENERIC_FAILURE } });
    const err = await rejection(createComposeItem(item).getSubject());
    expect(err.operation).toBe("subject.getAsync");
    expect(err.officeMessage).toBe("An internal error has occurred.");
  });
});

describe("inserting at the cursor", () => {
  const BLOCK_TEXT = "RELEASE — Lot 1: 25 units, bracket rev C7, black PETG. Balance: 175 units on hold.";
  const BLOCK_HTML = "<table><tr><th>Lot 1</th><td>25 units</td></tr></table>";

  it("inserts plain text with the text coercion", async () => {
    const { item, state } = mockComposeItem({ bodyType: "text" });
    await createComposeItem(item).insertAtCursor(BLOCK_TEXT, "text");
    const write = state.calls.find((c) => c.method === "body.setSelectedDataAsync");
    expect(write?.args[0]).toBe(BLOCK_TEXT);
    expect(write?.args[1]).toEqual({ coercionType: "text" });
  });

  it("inserts HTML into an HTML body after checking the body type", async () => {
    const { item, state } = mockComposeItem({ bodyType: "html" });
    await createComposeItem(item).insertAtCursor(BLOCK_HTML, "html");
    expect(state.calls.map((c) => c.method)).toEqual(["body.getTypeAsync", "body.setSelectedDataAsync"]);
    expect(state.calls[1].args[1]).toEqual({ coercionType: "html" });
  });

  it("refuses HTML into a plain-text body without asking Office to write", async () => {
    const { item, state } = mockComposeItem({ bodyType: "text" });
    const err = await rejection(createComposeItem(item).insertAtCursor(BLOCK_HTML, "html"));
    expect(err.code).toBe(BoundaryErrorCode.HtmlIntoTextBody);
    expect(err.message).toContain("plain text");
    expect(state.calls.map((c) => c.method)).toEqual(["body.getTypeAsync"]);
  });

  it("keeps Office's error when the insert itself fails", async () => {
    const denied = { message: "The operation is not supported.", code: 5000, name: "NotSupported" };
    const { item } = mockComposeItem({ bodyType: "html", failing: { "body.setSelectedDataAsync": denied } });
    const err = await rejection(createComposeItem(item).insertAtCursor(BLOCK_TEXT, "text"));
    expect(err.operation).toBe("body.setSelectedDataAsync");
    expect(err.code).toBe(5000);
    expect(err.officeMessage).toBe("The operation is not supported.");
  });

  it("fails the HTML insert when the body type cannot be read, and writes nothing", async () => {
    const { item, state } = mockComposeItem({ failing: { "body.getTypeAsync": GENERIC_FAILURE } });
    const err = await rejection(createComposeItem(item).insertAtCursor(BLOCK_HTML, "html"));
    expect(err.operation).toBe("body.getTypeAsync");
    expect(state.calls.some((c) => c.method === "body.setSelectedDataAsync")).toBe(false);
  });

  it("refuses content above Outlook's 1,000,000 characters", async () => {
    const { item, state } = mockComposeItem();
    const err = await rejection(createComposeItem(item).insertAtCursor("x".repeat(1_000_001), "text"));
    expect(err.code).toBe(BoundaryErrorCode.ContentTooLong);
    expect(state.calls).toHaveLength(0);
  });
});

describe("replacing the body", () => {
  it("replaces with the requested coercion", async () => {
    const { item, state } = mockComposeItem({ bodyType: "html" });
    await createComposeItem(item).replaceBody(RELEASE_EMAIL_HTML, "html");
    const write = state.calls.find((c) => c.method === "body.setAsync");
    expect(write?.args[0]).toBe(RELEASE_EMAIL_HTML);
    expect(write?.args[1]).toEqual({ coercionType: "html" });
  });

  it("refuses HTML for a plain-text body", async () => {
    const { item, state } = mockComposeItem({ bodyType: "text" });
    const err = await rejection(createComposeItem(item).replaceBody(RELEASE_EMAIL_HTML, "html"));
    expect(err.code).toBe(BoundaryErrorCode.HtmlIntoTextBody);
    expect(state.calls.some((c) => c.method === "body.setAsync")).toBe(false);
  });

  it("keeps Office's error when the replace fails", async () => {
    const tooBig = { message: "The data exceeds the maximum size.", code: 9017, name: "DataExceedsMaximumSize" };
    const { item } = mockComposeItem({ failing: { "body.setAsync": tooBig } });
    const err = await rejection(createComposeItem(item).replaceBody(RELEASE_EMAIL_TEXT, "text"));
    expect(err.operation).toBe("body.setAsync");
    expect(err.code).toBe(9017);
  });
});

describe("notifications", () => {
  it("shows an informational notification with the manifest icon, persistent", async () => {
    const { item, state } = mockComposeItem();
    await createComposeItem(item).showNotification("rg-status", "Release Guard: 2 release details are missing.");
    expect(state.calls).toHaveLength(1);
    expect(state.calls[0].method).toBe("notificationMessages.replaceAsync");
    expect(state.calls[0].args[0]).toBe("rg-status");
    expect(state.calls[0].args[1]).toEqual({
      type: "informationalMessage",
      message: "Release Guard: 2 release details are missing.",
      icon: "Icon.16x16",
      persistent: true,
    });
  });

  it("shows an error notification without icon or persistence", async () => {
    const { item, state } = mockComposeItem();
    await createComposeItem(item).showNotification("rg-send", "The send check could not read the message.", "error");
    expect(state.calls[0].args[1]).toEqual({ type: "errorMessage", message: "The send check could not read the message." });
  });

  it("fits a long, multi-line message into 150 characters ending with an ellipsis", async () => {
    const { item, state } = mockComposeItem();
    const long =
      "Lot 2 approver not named;\n'go ahead with the first batch' does not say how many units move now, " +
      "and nothing says what happens to the remaining 175 units or who releases them.";
    await createComposeItem(item).showNotification("rg-status", long);
    const shown = (state.calls[0].args[1] as { message: string }).message;
    expect(shown).toHaveLength(150);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.startsWith("Lot 2 approver not named; 'go ahead")).toBe(true);
    expect(shown).not.toContain("\n");
  });

  it("refuses a key Outlook would reject, before calling Office", async () => {
    const { item, state } = mockComposeItem();
    const err = await rejection(createComposeItem(item).showNotification("release-guard-status-for-this-message", "hi"));
    expect(err.code).toBe(BoundaryErrorCode.InvalidKey);
    expect(state.calls).toHaveLength(0);
  });

  it("keeps Office's error when there are already five notifications", async () => {
    const full = { message: "Too many notification messages.", code: 9041, name: "NumberOfNotificationMessagesExceeded" };
    const { item } = mockComposeItem({ failing: { "notificationMessages.replaceAsync": full } });
    const err = await rejection(createComposeItem(item).showNotification("rg-status", "Release looks complete."));
    expect(err.code).toBe(9041);
    expect(err.officeMessage).toBe("Too many notification messages.");
  });

  it("clears a notification by key", async () => {
    const { item, state } = mockComposeItem();
    await createComposeItem(item).clearNotification("rg-status");
    expect(state.calls[0].method).toBe("notificationMessages.removeAsync");
    expect(state.calls[0].args[0]).toBe("rg-status");
  });

  it("reports a failed clear with Office's code", async () => {
    const missing = { message: "The key was not found.", code: 9020, name: "KeyNotFound" };
    const { item } = mockComposeItem({ failing: { "notificationMessages.removeAsync": missing } });
    const err = await rejection(createComposeItem(item).clearNotification("rg-status"));
    expect(err.operation).toBe("notificationMessages.removeAsync");
    expect(err.code).toBe(9020);
  });
});

describe("truncateNotification", () => {
  it("leaves a short message alone", () => {
    expect(truncateNotification("Release looks complete.")).toBe("Release looks complete.");
  });
  it("leaves a message of exactly 150 characters alone", () => {
    const exact = "a".repeat(150);
    expect(truncateNotification(exact)).toBe(exact);
  });
  it("never splits an emoji in two", () => {
    // The emoji's two UTF-16 units would straddle the cut at 149.
    const msg = "a".repeat(148) + "😀" + "tail";
    const out = truncateNotification(msg);
    expect(out).toBe("a".repeat(148) + "…");
    expect(truncateNotification("a".repeat(147) + "😀" + "tail")).toBe("a".repeat(147) + "😀…");
  });
  it("returns the empty string for an empty message", () => {
    expect(truncateNotification("")).toBe("");
  });
});

describe("officeCall", () => {
  it("turns a method that throws instead of calling back into an OfficeCallError", async () => {
    const err = await rejection(
      officeCall("body.getAsync(text)", () => {
        throw new TypeError("item.body is undefined");
      }),
    );
    expect(err.operation).toBe("body.getAsync(text)");
    expect(err.officeMessage).toBe("item.body is undefined");
  });

  it("ignores a second callback", async () => {
    const value = await officeCall<string>("subject.getAsync", (cb) => {
      cb({ status: "succeeded", value: "first" });
      cb({ status: "failed", value: "", error: { message: "late", code: 1 } });
    });
    expect(value).toBe("first");
  });

  it("treats a result without status but with an error as a failure", async () => {
    const err = await rejection(officeCall("x", (cb) => cb({ status: "", value: undefined, error: { message: "bad", code: 7 } })));
    expect(err.code).toBe(7);
  });
});
