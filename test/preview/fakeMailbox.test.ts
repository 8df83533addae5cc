/** @jest-environment jsdom */
import { createComposeItem, createSettingsStore } from "../../src/office/compose";
import { OfficeCallError } from "../../src/office/types";
import { createEditorHost, type EditorHost } from "../../src/preview/editorHost";
import { createFakeMailbox, parseFailures, type FakeAsyncResult, type FakeCustomProperties, type FakeMailbox } from "../../src/preview/fakeMailbox";

const VAGUE_HTML = [
  "<div>Hi Marco,</div>",
  "<div><br></div>",
  "<div>Samples look great. Go ahead with the first batch.</div>",
  "<div><br></div>",
  "<div>Thanks,</div>",
  "<div>Dana Ortiz<br>Purchasing | Acme Robotics</div>",
  "<hr>",
  "<div><b>From:</b> Marco Bellini &lt;marco@jcprintfarm.example&gt;<br><b>Sent:</b> Tuesday, March 4, 2025 9:12 AM<br>",
  "<b>To:</b> Dana Ortiz<br><b>Subject:</b> RE: PO 4512 sensor bracket samples</div>",
  "<div><br></div>",
  "<p>Hi Dana, the samples shipped yesterday.</p>",
].join("\n");

const VAGUE_TEXT = [
  "Hi Marco,",
  "",
  "Samples look great. Go ahead with the first batch.",
  "",
  "Thanks,",
  "Dana Ortiz",
  "Purchasing | Acme Robotics",
  "________________________________",
  "From: Marco Bellini <marco@jcprintfarm.example>",
  "Sent: Tuesday, March 4, 2025 9:12 AM",
  "To: Dana Ortiz",
  "Subject: RE: PO 4512 sensor bracket samples",
  "",
  "Hi Dana, the samples shipped yesterday.",
].join("\n");

let host: EditorHost;
let subject: string;
let mailbox: FakeMailbox;
let storage: Map<string, string>;
const memoryStorage = () => ({ getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) });

function setup(type: "html" | "text", content: string, extra: Partial<Parameters<typeof createFakeMailbox>[0]> = {}): void {
  host = createEditorHost(document);
  const container = document.createElement("div");
  document.body.replaceChildren(container);
  host.mount(container);
  host.load(content, type);
  subject = "RE: PO 4512 sensor bracket samples";
  mailbox = createFakeMailbox({ body: host, getSubject: () => subject, setSubject: (s) => (subject = s), storage: memoryStorage(), ...extra });
}

/** Calls a callback-style fake method and resolves with its asyncResult. */
function call<T>(start: (cb: (r: FakeAsyncResult<T>) => void) => void): Promise<FakeAsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

/** Puts the cursor in the HTML editor just after `needle` (the buyer clicked there). */
function placeCursorAfter(needle: string): void {
  const walker = document.createTreeWalker(host.htmlEditor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(needle);
    if (at >= 0) {
      host.htmlEditor.focus();
      const range = document.createRange();
      range.setStart(node, at + needle.length);
      range.collapse(true);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      host.rememberSelection();
      return;
    }
  }
  throw new Error(`not found: ${needle}`);
}

beforeEach(() => {
  storage = new Map();
});

describe("body.getAsync", () => {
  it("returns the visible text of an HTML body, one line per paragraph", async () => {
    setup("html", VAGUE_HTML);
    const result = await call<string>((cb) => mailbox.item.body.getAsync("text", cb));
    expect(result.status).toBe("succeeded");
    expect(result.value).toBe(VAGUE_TEXT);
  });

  it("returns the HTML of an HTML body, and passes asyncContext back", async () => {
    setup("html", "<div>Hi <b>Marco</b></div>");
    const result = await call<string>((cb) => mailbox.item.body.getAsync("html", { asyncContext: 7 }, cb));
    expect(result).toEqual({ status: "succeeded", value: "<div>Hi <b>Marco</b></div>", asyncContext: 7 });
  });

  it("returns a plain-text body as typed, and as escaped HTML", async () => {
    setup("text", "Hi Marco,\n\n<25 units> & rev C7");
    expect((await call<string>((cb) => mailbox.item.body.getAsync("text", cb))).value).toBe("Hi Marco,\n\n<25 units> & rev C7");
    expect((await call<string>((cb) => mailbox.item.body.getAsync("html", cb))).value).toBe(
      "<div>Hi Marco,</div><div><br></div><div>&lt;25 units&gt; &amp; rev C7</div>",
    );
  });

  it("can give Windows line ends", async () => {
    setup("text", "a\nb", { lineEnding: "\r\n" });
    expect((await call<string>((cb) => mailbox.item.body.getAsync("text", cb))).value).toBe("a\r\nb");
  });

  it("throws on an unknown coercion type, as Office.js does", () => {
    setup("text", "x");
    expect(() => mailbox.item.body.getAsync("ooxml", () => undefined)).toThrow(/coercionType/);
  });

  it("calls back asynchronously", () => {
    setup("text", "x");
    const callback = jest.fn();
    mailbox.item.body.getAsync("text", callback);
    expect(callback).not.toHaveBeenCalled();
  });

  it("fails like Outlook when the body read is switched to fail", async () => {
    setup("html", VAGUE_HTML, { failures: ["body"] });
    const result = await call<string>((cb) => mailbox.item.body.getAsync("text", cb));
    expect(result.status).toBe("failed");
    expect(result.error).toEqual({ code: 9002, name: "InternalFormatError", message: "There was an internal format error." });
  });

  it("reports the body type", async () => {
    setup("text", "x");
    expect((await call<string>((cb) => mailbox.item.body.getTypeAsync(cb))).value).toBe("text");
    host.setMode("html");
    expect((await call<string>((cb) => mailbox.item.body.getTypeAsync(cb))).value).toBe("html");
  });
});

describe("body.setSelectedDataAsync", () => {
  it("inserts at the top when the body never had focus, like Outlook", async () => {
    setup("html", VAGUE_HTML);
    const result = await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("<p>Lot 1: 25 units</p>", { coercionType: "html" }, cb));
    expect(result.status).toBe("succeeded");
    expect(host.getText().split("\n").slice(0, 3)).toEqual(["Lot 1: 25 units", "", "Hi Marco,"]);
  });

  it("inserts HTML at the buyer's last cursor position, even after focus moved to the pane", async () => {
    setup("html", VAGUE_HTML);
    placeCursorAfter("Go ahead with the first batch.");
    host.htmlEditor.blur();
    await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("<div>Lot 1: 25 units.</div>", { coercionType: "html" }, cb));
    const lines = host.getText().split("\n");
    expect(lines.slice(2, 4)).toEqual(["Samples look great. Go ahead with the first batch.", "Lot 1: 25 units."]);
    expect(lines[0]).toBe("Hi Marco,");
    // A second insert follows the first.
    await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("<div>Hold the rest.</div>", { coercionType: "html" }, cb));
    expect(host.getText().split("\n").slice(3, 5)).toEqual(["Lot 1: 25 units.", "Hold the rest."]);
  });

  it("replaces the selected text", async () => {
    setup("html", "<div>Go ahead with the first batch.</div>");
    const text = host.htmlEditor.querySelector("div")!.firstChild!;
    host.htmlEditor.focus();
    const range = document.createRange();
    range.setStart(text, 14);
    range.setEnd(text, 29);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    host.rememberSelection();
    await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("lot 1 (25 units)", { coercionType: "text" }, cb));
    expect(host.getText()).toBe("Go ahead with lot 1 (25 units).");
  });

  it("inserts text at the cursor of a plain-text body and defaults to text", async () => {
    setup("text", "Hi Marco,\n\nThanks,\nDana");
    host.textEditor.focus();
    host.textEditor.setSelectionRange(11, 11);
    host.rememberSelection();
    host.textEditor.blur();
    const result = await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("Approve lot 1 for 25 units.\n", cb));
    expect(result.status).toBe("succeeded");
    expect(host.textEditor.value).toBe("Hi Marco,\n\nApprove lot 1 for 25 units.\nThanks,\nDana");
    expect(document.activeElement).not.toBe(host.textEditor);
  });

  it("inserts at the top of a plain-text body that never had focus", async () => {
    setup("text", "Hi Marco,");
    await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("Lot 1: 25 units\n", { coercionType: "text" }, cb));
    expect(host.textEditor.value).toBe("Lot 1: 25 units\nHi Marco,");
  });

  it("refuses HTML into a plain-text body with Outlook's error, leaving the body as it was", async () => {
    setup("text", "Hi Marco,");
    const result = await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("<b>Lot 1</b>", { coercionType: "html" }, cb));
    expect(result.status).toBe("failed");
    expect(result.error).toEqual({ code: 2006, name: "InvalidFormatError", message: "The format of the specified data object is invalid." });
    expect(host.textEditor.value).toBe("Hi Marco,");
  });

  it("makes inserted HTML inert", async () => {
    setup("html", "<div>Hi</div>");
    await call<void>((cb) =>
      mailbox.item.body.setSelectedDataAsync('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>', { coercionType: "html" }, cb),
    );
    const html = host.getHtml();
    expect(html).not.toMatch(/onerror|<script|javascript:/i);
    expect(html).toContain("<img src=\"x\">");
  });

  it("fails with an unsupported coercion type as Office does (1000)", async () => {
    setup("html", "<div>Hi</div>");
    const result = await call<void>((cb) => mailbox.item.body.setSelectedDataAsync("x", { coercionType: "ooxml" }, cb));
    expect(result.error?.code).toBe(1000);
  });

  it("throws on data over 1,000,000 characters", () => {
    setup("text", "");
    expect(() => mailbox.item.body.setSelectedDataAsync("x".repeat(1_000_001), () => undefined)).toThrow(/out of the range/);
  });
});

describe("body.setAsync", () => {
  it("replaces the whole body, and refuses HTML into a plain-text body", async () => {
    setup("html", VAGUE_HTML);
    await call<void>((cb) => mailbox.item.body.setAsync("<div>Only this</div>", { coercionType: "html" }, cb));
    expect(host.getText()).toBe("Only this");
    host.setMode("text");
    const refused = await call<void>((cb) => mailbox.item.body.setAsync("<div>x</div>", { coercionType: "html" }, cb));
    expect(refused.error?.name).toBe("InvalidFormatError");
    expect(host.textEditor.value).toBe("Only this");
  });
});

describe("notificationMessages", () => {
  const info = (message: string) => ({ type: "informationalMessage", message, icon: "Icon.16x16", persistent: true });

  it("adds, replaces, lists and removes notifications, and tells subscribers", async () => {
    setup("html", "<div>x</div>");
    const listener = jest.fn();
    mailbox.subscribe(listener);
    await call<void>((cb) => mailbox.item.notificationMessages.addAsync("rg-status", info("Vague release"), cb));
    await call<void>((cb) => mailbox.item.notificationMessages.replaceAsync("rg-status", info("Clean release"), cb));
    const all = await call<unknown[]>((cb) => mailbox.item.notificationMessages.getAllAsync(cb));
    expect(all.value).toEqual([{ key: "rg-status", type: "informationalMessage", message: "Clean release", icon: "Icon.16x16", persistent: true }]);
    await call<void>((cb) => mailbox.item.notificationMessages.removeAsync("rg-status", cb));
    expect(mailbox.notifications()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("allows at most five notifications", async () => {
    setup("html", "<div>x</div>");
    for (let i = 1; i <= 5; i++) {
      const r = await call<void>((cb) => mailbox.item.notificationMessages.addAsync(`k${i}`, { type: "errorMessage", message: `m${i}` }, cb));
      expect(r.status).toBe("succeeded");
    }
    const sixth = await call<void>((cb) => mailbox.item.notificationMessages.addAsync("k6", { type: "errorMessage", message: "m6" }, cb));
    expect(sixth.error).toEqual({ code: 9025, name: "NumberOfNotificationsExceeded", message: "The notification couldn't be added because the notification limit has been reached." });
    const viaReplace = await call<void>((cb) => mailbox.item.notificationMessages.replaceAsync("k7", { type: "errorMessage", message: "m7" }, cb));
    expect(viaReplace.error?.code).toBe(9025);
    expect(mailbox.notifications()).toHaveLength(5);
  });

  it("rejects duplicate and unknown keys, and validates like Office.js", async () => {
    setup("html", "<div>x</div>");
    await call<void>((cb) => mailbox.item.notificationMessages.addAsync("k", { type: "errorMessage", message: "m" }, cb));
    expect((await call<void>((cb) => mailbox.item.notificationMessages.addAsync("k", { type: "errorMessage", message: "m" }, cb))).error?.code).toBe(9023);
    expect((await call<void>((cb) => mailbox.item.notificationMessages.removeAsync("nope", cb))).error?.code).toBe(9024);
    expect(() => mailbox.item.notificationMessages.addAsync("x", { type: "errorMessage", message: "m".repeat(151) })).toThrow(/message/);
    expect(() => mailbox.item.notificationMessages.addAsync("k".repeat(33), { type: "errorMessage", message: "m" })).toThrow(/key/);
    expect(() => mailbox.item.notificationMessages.addAsync("y", { type: "informationalMessage", message: "m" })).toThrow(/icon/);
  });
});

describe("roamingSettings", () => {
  it("persists only on saveAsync, in storage, and reloads from it", async () => {
    setup("html", "<div>x</div>");
    mailbox.roamingSettings.set("approver", { name: "Dana Ortiz", role: "purchasing" });
    expect(storage.size).toBe(0);
    const saved = await call<void>((cb) => mailbox.roamingSettings.saveAsync(cb));
    expect(saved.status).toBe("succeeded");
    const again = createFakeMailbox({ body: host, getSubject: () => "", storage: memoryStorage() });
    expect(again.roamingSettings.get("approver")).toEqual({ name: "Dana Ortiz", role: "purchasing" });
    expect(again.roamingSettings.get("missing")).toBeUndefined();
    again.roamingSettings.remove("approver");
    expect(again.roamingSettings.get("approver")).toBeUndefined();
  });

  it("refuses to save more than 32 KB", async () => {
    setup("html", "<div>x</div>");
    mailbox.roamingSettings.set("big", "x".repeat(33 * 1024));
    expect((await call<void>((cb) => mailbox.roamingSettings.saveAsync(cb))).error?.code).toBe(9019);
    expect(storage.size).toBe(0);
  });
});

describe("through the real src/office adapter", () => {
  it("reads, inserts at the cursor and reports failures as OfficeCallError", async () => {
    setup("html", VAGUE_HTML);
    const item = createComposeItem(mailbox.item);
    expect(await item.getBodyText()).toBe(VAGUE_TEXT);
    expect(await item.getBodyType()).toBe("html");
    expect(await item.getSubject()).toBe("RE: PO 4512 sensor bracket samples");
    placeCursorAfter("the first batch.");
    await item.insertAtCursor("<div>Lot 1: 25 units.</div>", "html");
    expect((await item.getBodyText()).split("\n")[3]).toBe("Lot 1: 25 units.");
    await item.showNotification("rg", "Release Guard: vague release");
    expect(mailbox.notifications().map((n) => n.message)).toEqual(["Release Guard: vague release"]);
    await item.clearNotification("rg");
    expect(mailbox.notifications()).toEqual([]);

    mailbox.failures.add("body");
    await expect(item.getBodyText()).rejects.toBeInstanceOf(OfficeCallError);
    await expect(item.getBodyText()).rejects.toThrow("There was an internal format error.");
  });

  it("keeps settings through the real settings store", async () => {
    setup("text", "x");
    const settings = createSettingsStore(mailbox.roamingSettings);
    settings.set("unit", "pcs");
    await settings.save();
    expect(JSON.parse([...storage.values()][0]!)).toEqual({ unit: "pcs" });
    mailbox.failures.add("settings");
    await expect(settings.save()).rejects.toBeInstanceOf(OfficeCallError);
  });
});

describe("custom properties (per message)", () => {
  const load = () => call<FakeCustomProperties>((cb) => mailbox.item.loadCustomPropertiesAsync(cb));

  it("gives an empty set for a new message, and keeps what is saved", async () => {
    setup("text", "x");
    const first = (await load()).value;
    expect(first.get("releaseKind")).toBeUndefined();
    first.set("releaseKind", "sample-only");
    expect((await call<void>((cb) => first.saveAsync(cb))).status).toBe("succeeded");
    expect(mailbox.customProperties()).toEqual({ releaseKind: "sample-only" });
    expect((await load()).value.get("releaseKind")).toBe("sample-only");
  });

  it("gives each load its own copy: what is set but not saved stays in that copy", async () => {
    setup("text", "x");
    const taskPane = (await load()).value;
    taskPane.set("releaseKind", "hold");
    const sendRuntime = (await load()).value;
    expect(sendRuntime.get("releaseKind")).toBeUndefined();
    expect(taskPane.getAll()).toEqual({ releaseKind: "hold" });
  });

  it("keeps values as text, as Office does", async () => {
    setup("text", "x");
    const props = (await load()).value;
    props.set("count", 3);
    expect(props.get("count")).toBe("3");
  });

  it("removes a property when saved after remove", async () => {
    setup("text", "x");
    const props = (await load()).value;
    props.set("releaseKind", "pause");
    await call<void>((cb) => props.saveAsync(cb));
    props.remove("releaseKind");
    await call<void>((cb) => props.saveAsync(cb));
    expect(mailbox.customProperties()).toEqual({});
  });

  it("refuses to save more than 2,500 characters of JSON", async () => {
    setup("text", "x");
    const props = (await load()).value;
    props.set("notes", "n".repeat(2500));
    const result = await call<void>((cb) => props.saveAsync(cb));
    expect(result.status).toBe("failed");
    expect(result.error?.code).toBe(9020);
    expect(mailbox.customProperties()).toEqual({});
  });

  it("fails loading and saving when switched to fail (?fail=customProperties)", async () => {
    setup("text", "x", { failures: ["customProperties"] });
    const result = await load();
    expect(result.status).toBe("failed");
    expect(result.error).toEqual({ code: 9020, name: "GenericResponseError", message: "The request has failed." });
  });

  it("forgets them when another email is loaded", async () => {
    setup("text", "x");
    const props = (await load()).value;
    props.set("releaseKind", "pause");
    await call<void>((cb) => props.saveAsync(cb));
    mailbox.clearCustomProperties();
    expect((await load()).value.get("releaseKind")).toBeUndefined();
  });

  it("works through the real src/office adapter", async () => {
    setup("text", "x");
    const item = createComposeItem(mailbox.item);
    await expect(item.getCustomProperty!("releaseKind")).resolves.toBeUndefined();
    await item.setCustomProperty!("releaseKind", "shipment-window");
    expect(mailbox.customProperties()).toEqual({ releaseKind: "shipment-window" });
    // A second adapter, as the send runtime makes its own, reads it back.
    await expect(createComposeItem(mailbox.item).getCustomProperty!("releaseKind")).resolves.toBe("shipment-window");
    await item.setCustomProperty!("releaseKind", null);
    expect(mailbox.customProperties()).toEqual({});
    expect(mailbox.calls.filter((c) => c === "item.loadCustomPropertiesAsync")).toHaveLength(4);
  });
});

describe("parseFailures", () => {
  it("reads the ?fail= list and ignores unknown names", () => {
    expect(parseFailures("body, insert,nonsense")).toEqual(["body", "insert"]);
    expect(parseFailures("customProperties")).toEqual(["customProperties"]);
    expect(parseFailures(null)).toEqual([]);
  });
});
