/**
 * The Office boundary: the only code that calls Office.js. Promise-based wrappers over the message
 * being composed and the user's roaming settings, plus the task pane's "is Office here?" check.
 * Small and free of React: the send handler bundles it.
 */
import { BoundaryErrorCode, describeError, officeCall } from "./call";
import { OfficeCallError } from "./types";
import type { BodyType, ComposeItem, NotificationKind, SettingsStore } from "./types";

export { BoundaryErrorCode } from "./call";

/** Outlook's notification message limit (characters). */
export const NOTIFICATION_MAX_LENGTH = 150;
/** Outlook's notification key limit (characters). */
export const NOTIFICATION_KEY_MAX_LENGTH = 32;
/** Outlook's limit for data written into the body (characters). */
export const BODY_WRITE_MAX_LENGTH = 1_000_000;
/** Outlook's limit for one add-in's custom properties on one item (characters of their JSON). */
export const CUSTOM_PROPERTIES_MAX_LENGTH = 2500;
/** Outlook's limit for one add-in's roaming settings (bytes, serialized). */
export const ROAMING_SETTINGS_MAX_BYTES = 32 * 1024;
/** The manifest's 16 px icon resource, shown beside informational notifications. */
export const NOTIFICATION_ICON_RESID = "Icon.16x16";

/** The parts of Office.CustomProperties the boundary uses (getAll is Mailbox 1.9: used when present). */
export interface OfficeCustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  getAll?(): unknown;
  saveAsync(callback?: (asyncResult: Office.AsyncResult<void>) => void, asyncContext?: unknown): void;
}

/** The parts of Office.MessageCompose the boundary uses (Office.MessageCompose satisfies it). */
export interface OfficeComposeItemLike {
  body: Pick<Office.Body, "getAsync" | "getTypeAsync" | "setSelectedDataAsync" | "setAsync">;
  subject: Pick<Office.Subject, "getAsync">;
  notificationMessages: Pick<Office.NotificationMessages, "replaceAsync" | "removeAsync">;
  /**
   * Mailbox 1.1, in every Outlook. Optional here only so that a stand-in without it still fits:
   * getCustomProperty/setCustomProperty then reject with an OfficeCallError.
   */
  loadCustomPropertiesAsync?(callback: (asyncResult: Office.AsyncResult<OfficeCustomPropertiesLike>) => void, userContext?: unknown): void;
}

/** The parts of Office.RoamingSettings the boundary uses. */
export type OfficeRoamingSettingsLike = Pick<Office.RoamingSettings, "get" | "set" | "remove" | "saveAsync">;

const coercion = (type: BodyType): Office.CoercionType => (type === "html" ? "html" : "text") as Office.CoercionType;

/**
 * Fits a message into one notification line: whitespace collapsed, at most 150 characters,
 * truncated with an ellipsis (never splitting a surrogate pair).
 * @example truncateNotification("x".repeat(200)).length //=> 150
 */
export function truncateNotification(message: string, max: number = NOTIFICATION_MAX_LENGTH): string {
  const line = message.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  let cut = max - 1;
  const code = line.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // do not end on a lone high surrogate
  return `${line.slice(0, cut).replace(/\s+$/, "")}…`;
}

function checkKey(operation: string, key: string): void {
  if (typeof key !== "string" || key.length === 0 || key.length > NOTIFICATION_KEY_MAX_LENGTH) {
    throw new OfficeCallError(
      operation,
      `notification key must be 1–${NOTIFICATION_KEY_MAX_LENGTH} characters, got ${JSON.stringify(key)}`,
      BoundaryErrorCode.InvalidKey,
    );
  }
}

function checkPropertyName(operation: string, name: string): void {
  if (typeof name !== "string" || name.trim() === "") {
    throw new OfficeCallError(operation, `custom property name must be non-empty text, got ${JSON.stringify(name)}`, BoundaryErrorCode.InvalidName);
  }
}

/** The JSON length of the add-in's custom properties after setting (or, with null, removing) one. */
function propertiesLengthAfter(props: OfficeCustomPropertiesLike, name: string, value: string | null): number | undefined {
  if (typeof props.getAll !== "function") return undefined;
  const all = props.getAll();
  if (!all || typeof all !== "object") return undefined;
  const next: Record<string, unknown> = {};
  Object.keys(all).forEach((key) => {
    if (key !== name) next[key] = (all as Record<string, unknown>)[key];
  });
  if (value !== null) next[name] = value;
  return JSON.stringify(next).length;
}

function checkLength(operation: string, content: string): void {
  if (content.length > BODY_WRITE_MAX_LENGTH) {
    throw new OfficeCallError(
      operation,
      `content is ${content.length} characters; Outlook accepts at most ${BODY_WRITE_MAX_LENGTH}`,
      BoundaryErrorCode.ContentTooLong,
    );
  }
}

/**
 * Wraps the message being composed.
 * @example
 * const item = createComposeItem(Office.context.mailbox.item as Office.MessageCompose);
 * const text = await item.getBodyText();
 */
export function createComposeItem(item: OfficeComposeItemLike): ComposeItem {
  const getBodyType = async (): Promise<BodyType> => {
    const value = await officeCall<Office.CoercionType | string>("body.getTypeAsync", (cb) => item.body.getTypeAsync(cb));
    const type = String(value).toLowerCase();
    if (type === "html" || type === "text") return type;
    throw new OfficeCallError("body.getTypeAsync", `unexpected body type ${JSON.stringify(value)}`, BoundaryErrorCode.UnexpectedResult);
  };

  /** Refuses HTML into a plain-text body before Office is asked to write anything. */
  const checkWritable = async (operation: string, content: string, type: BodyType): Promise<void> => {
    checkLength(operation, content);
    if (type === "html" && (await getBodyType()) === "text") {
      throw new OfficeCallError(
        operation,
        "this message is in plain text, so HTML cannot be inserted; insert the plain-text version instead",
        BoundaryErrorCode.HtmlIntoTextBody,
      );
    }
  };

  // Loaded afresh for every read and write: the task pane and the send runtime each hold their own
  // copy, so a fresh load is what sees the other's last save. Reads are rare (pane open, Send).
  const loadCustomProperties = (): Promise<OfficeCustomPropertiesLike> =>
    officeCall<OfficeCustomPropertiesLike>("item.loadCustomPropertiesAsync", (cb) => {
      if (typeof item.loadCustomPropertiesAsync !== "function") throw new Error("this Outlook item offers no custom properties");
      item.loadCustomPropertiesAsync(cb);
    }).then((props) => {
      if (!props || typeof props.get !== "function" || typeof props.set !== "function" || typeof props.saveAsync !== "function") {
        throw new OfficeCallError("item.loadCustomPropertiesAsync", "Office returned no custom properties", BoundaryErrorCode.UnexpectedResult);
      }
      return props;
    });

  return {
    getBodyText: () => officeCall<string>("body.getAsync(text)", (cb) => item.body.getAsync(coercion("text"), cb)),
    getBodyHtml: () => officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(coercion("html"), cb)),
    getBodyType,
    getSubject: () => officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),

    async insertAtCursor(content: string, type: BodyType): Promise<void> {
      await checkWritable("body.setSelectedDataAsync", content, type);
      await officeCall<void>("body.setSelectedDataAsync", (cb) =>
        item.body.setSelectedDataAsync(content, { coercionType: coercion(type) }, cb),
      );
    },

    async replaceBody(content: string, type: BodyType): Promise<void> {
      await checkWritable("body.setAsync", content, type);
      await officeCall<void>("body.setAsync", (cb) => item.body.setAsync(content, { coercionType: coercion(type) }, cb));
    },

    async showNotification(key: string, message: string, kind: NotificationKind = "info"): Promise<void> {
      checkKey("notificationMessages.replaceAsync", key);
      const text = truncateNotification(message);
      const details: Office.NotificationMessageDetails =
        kind === "error"
          ? { type: "errorMessage", message: text }
          : { type: "informationalMessage", message: text, icon: NOTIFICATION_ICON_RESID, persistent: true };
      // replaceAsync adds the notification when the key is new, so showing twice does not fail.
      await officeCall<void>("notificationMessages.replaceAsync", (cb) => item.notificationMessages.replaceAsync(key, details, cb));
    },

    async clearNotification(key: string): Promise<void> {
      checkKey("notificationMessages.removeAsync", key);
      await officeCall<void>("notificationMessages.removeAsync", (cb) => item.notificationMessages.removeAsync(key, cb));
    },

    async getCustomProperty(name: string): Promise<string | undefined> {
      checkPropertyName("customProperties.get", name);
      const props = await loadCustomProperties();
      let value: unknown;
      try {
        value = props.get(name);
      } catch (err) {
        throw new OfficeCallError("customProperties.get", describeError(err));
      }
      // Office hands values back as the strings it stored; an unset name reads as undefined (or null).
      return value === null || value === undefined ? undefined : String(value);
    },

    async setCustomProperty(name: string, value: string | null): Promise<void> {
      checkPropertyName("customProperties.set", name);
      if (value !== null && typeof value !== "string") {
        throw new OfficeCallError("customProperties.set", `"${name}" must be text or null, got ${typeof value}`, BoundaryErrorCode.Unserializable);
      }
      const props = await loadCustomProperties();
      const length = propertiesLengthAfter(props, name, value);
      if (length !== undefined && length > CUSTOM_PROPERTIES_MAX_LENGTH) {
        throw new OfficeCallError(
          "customProperties.set",
          `"${name}" would bring this message's custom properties to ${length} characters; Outlook allows ${CUSTOM_PROPERTIES_MAX_LENGTH}`,
          BoundaryErrorCode.CustomPropertiesTooLarge,
        );
      }
      try {
        if (value === null) props.remove(name);
        else props.set(name, value);
      } catch (err) {
        throw new OfficeCallError(value === null ? "customProperties.remove" : "customProperties.set", describeError(err));
      }
      await officeCall<void>("customProperties.saveAsync", (cb) => props.saveAsync(cb));
    },
  };
}

/** UTF-8 byte length, without TextEncoder (absent from some Outlook runtimes). */
function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Serialized size of one `"name":value` entry, or an OfficeCallError when JSON cannot represent it. */
function entrySize(name: string, value: unknown): number {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (err) {
    throw new OfficeCallError("roamingSettings.set", `"${name}" cannot be saved: ${describeError(err)}`, BoundaryErrorCode.Unserializable);
  }
  if (json === undefined) {
    throw new OfficeCallError(
      "roamingSettings.set",
      `"${name}" cannot be saved: ${typeof value} values are not JSON (use remove() to delete a setting)`,
      BoundaryErrorCode.Unserializable,
    );
  }
  return utf8Length(JSON.stringify(name)) + 1 + utf8Length(json);
}

/**
 * Wraps the user's roaming settings. set() refuses a value that would push the settings this store
 * has read or written past Outlook's 32 KB (settings it never touched cannot be measured: Office has
 * no way to list them). Nothing is persisted until save().
 * @example
 * const settings = createSettingsStore(Office.context.roamingSettings);
 * settings.set("lastSendCheck", { at: Date.now(), outcome: "timeout" });
 * await settings.save();
 */
export function createSettingsStore(rs: OfficeRoamingSettingsLike): SettingsStore {
  const sizes = new Map<string, number>();
  const total = (except: string): number => {
    let sum = 2; // the surrounding {}
    sizes.forEach((size, name) => {
      if (name !== except) sum += size + 1;
    });
    return sum;
  };

  return {
    get<T = unknown>(name: string): T | undefined {
      let value: unknown;
      try {
        value = rs.get(name);
      } catch (err) {
        throw new OfficeCallError("roamingSettings.get", describeError(err));
      }
      if (value === null || value === undefined) return undefined;
      try {
        sizes.set(name, entrySize(name, value));
      } catch {
        // A value Office gave back is always serializable; ignore if not measurable.
      }
      return value as T;
    },

    set(name: string, value: unknown): void {
      const size = entrySize(name, value);
      const after = total(name) + size;
      if (after > ROAMING_SETTINGS_MAX_BYTES) {
        throw new OfficeCallError(
          "roamingSettings.set",
          `"${name}" (${size} bytes) would bring the roaming settings to ${after} bytes; Outlook allows ${ROAMING_SETTINGS_MAX_BYTES} (32 KB)`,
          BoundaryErrorCode.SettingsTooLarge,
        );
      }
      try {
        rs.set(name, value);
      } catch (err) {
        throw new OfficeCallError("roamingSettings.set", describeError(err));
      }
      sizes.set(name, size);
    },

    remove(name: string): void {
      try {
        rs.remove(name);
      } catch (err) {
        throw new OfficeCallError("roamingSettings.remove", describeError(err));
      }
      sizes.delete(name);
    },

    save: () => officeCall<void>("roamingSettings.saveAsync", (cb) => rs.saveAsync(cb)),
  };
}

/** What the task pane gets when it runs inside Outlook with a message open. */
export interface OfficeSession {
  item: ComposeItem;
  settings: SettingsStore;
  /** Office.onReady's host, e.g. "Outlook". */
  host: string;
  /** Office.onReady's platform, e.g. "OfficeOnline", "PC", "Mac"; null when Office does not say. */
  platform: string | null;
}

/**
 * Waits for Office.js and returns the open message and the user's settings, or null when the page
 * is not running inside Outlook (Office.js not loaded, Office.onReady resolving with host null, or
 * no mail item). Never throws.
 * @example
 * const session = await officeAvailable();
 * if (!session) showUnavailableState(); else render(session.item);
 */
export async function officeAvailable(): Promise<OfficeSession | null> {
  if (typeof Office === "undefined" || !Office || typeof Office.onReady !== "function") return null;
  let info: { host: Office.HostType | null; platform: Office.PlatformType | null } | undefined;
  try {
    info = await Office.onReady();
  } catch {
    return null;
  }
  if (!info || !info.host) return null;
  const context = Office.context;
  const item = context && context.mailbox ? context.mailbox.item : undefined;
  if (!item) return null;
  return {
    item: createComposeItem(item as unknown as OfficeComposeItemLike),
    settings: createSettingsStore(context.roamingSettings),
    host: String(info.host),
    platform: info.platform ? String(info.platform) : null,
  };
}

/**
 * Office.context.requirements.isSetSupported, or false when Office.js is absent or cannot say.
 * @example supportsRequirement("Mailbox", "1.14") //=> true on a client that can show "Fix release"
 */
export function supportsRequirement(set: string, version: string): boolean {
  try {
    if (typeof Office === "undefined" || !Office || !Office.context || !Office.context.requirements) return false;
    return Office.context.requirements.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}
