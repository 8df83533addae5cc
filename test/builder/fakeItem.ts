/** A ComposeItem and SettingsStore in memory, behaving like Outlook where the builder depends on it. */
import { OfficeCallError, type BodyType, type ComposeItem, type SettingsStore } from "../../src/office/types";

export interface FakeItem extends ComposeItem {
  body: string;
  type: BodyType;
  /** Where insertAtCursor puts content (an offset into `body`). */
  cursor: number;
  calls: { method: string; args: unknown[] }[];
  fail: Partial<Record<keyof ComposeItem, Error>>;
}

/** Crude text view of an HTML body (what getAsync(Text) gives, near enough for the builder's cross-check). */
export function htmlToText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h\d)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#8211;/g, "–")
    .replace(/&amp;/g, "&");
}

export function fakeItem(body: string, type: BodyType, cursor = 0): FakeItem {
  const item: FakeItem = {
    body,
    type,
    cursor,
    calls: [],
    fail: {},
    async getBodyText() {
      item.calls.push({ method: "getBodyText", args: [] });
      if (item.fail.getBodyText) throw item.fail.getBodyText;
      return item.type === "html" ? htmlToText(item.body) : item.body;
    },
    async getBodyHtml() {
      item.calls.push({ method: "getBodyHtml", args: [] });
      if (item.fail.getBodyHtml) throw item.fail.getBodyHtml;
      return item.body;
    },
    async getBodyType() {
      item.calls.push({ method: "getBodyType", args: [] });
      if (item.fail.getBodyType) throw item.fail.getBodyType;
      return item.type;
    },
    async getSubject() {
      return "RE: PO 4512 brackets";
    },
    async insertAtCursor(content: string, t: BodyType) {
      item.calls.push({ method: "insertAtCursor", args: [content, t] });
      if (item.fail.insertAtCursor) throw item.fail.insertAtCursor;
      if (t === "html" && item.type === "text") throw new OfficeCallError("setSelectedDataAsync", "HTML cannot go into a plain-text body", 9000);
      item.body = item.body.slice(0, item.cursor) + content + item.body.slice(item.cursor);
      item.cursor += content.length;
    },
    async replaceBody(content: string, t: BodyType) {
      item.calls.push({ method: "replaceBody", args: [content, t] });
      if (item.fail.replaceBody) throw item.fail.replaceBody;
      if (t === "html" && item.type === "text") throw new OfficeCallError("setAsync", "HTML cannot go into a plain-text body", 9000);
      item.body = content;
    },
    async showNotification() {},
    async clearNotification() {},
  };
  return item;
}

export interface FakeSettings extends SettingsStore {
  data: Record<string, unknown>;
  saved: Record<string, unknown>;
  saves: number;
  failSave: Error | null;
}

export function fakeSettings(initial: Record<string, unknown> = {}): FakeSettings {
  const s: FakeSettings = {
    data: { ...initial },
    saved: { ...initial },
    saves: 0,
    failSave: null,
    get<T>(name: string) {
      return s.data[name] as T | undefined;
    },
    set(name: string, value: unknown) {
      s.data[name] = JSON.parse(JSON.stringify(value));
    },
    remove(name: string) {
      delete s.data[name];
    },
    async save() {
      if (s.failSave) throw s.failSave;
      s.saves++;
      s.saved = JSON.parse(JSON.stringify(s.data));
    },
  };
  return s;
}
