/**
 * A fake of exactly the Office.js calls src/office makes on `Office.context.mailbox.item` and
 * `Office.context.roamingSettings`, in Office's own callback style and asyncResult shape, backed by
 * the preview's editor and localStorage. The preview hands it to the real `createComposeItem`, so
 * the page exercises the same boundary code Outlook runs.
 *
 * Behaviour copied from Outlook (see @microsoft/office-js's outlook-web debug build):
 * - callbacks always arrive asynchronously;
 * - bad arguments (unknown coercion type to getAsync, data over 1,000,000 characters, notification
 *   message over 150 or key over 32 characters) throw synchronously, as Office.js does;
 * - HTML into a plain-text body fails with InvalidFormatError (2006);
 * - at most 5 notifications (9025), duplicate keys (9023), unknown keys (9024);
 * - roaming settings over 32 KB fail to save (9019);
 * - custom properties: each loadCustomPropertiesAsync gives its own copy of what was saved on the
 *   item (as the task pane and the send runtime each load their own), values are kept as text, and
 *   saving more than 2,500 characters of JSON fails.
 */
import type { BodyType } from "../office/types";
import { FakeHostError, type FakeBody } from "./editorHost";

export type AsyncStatus = "succeeded" | "failed";

export interface FakeAsyncResult<T> {
  status: AsyncStatus;
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

export type FakeCallback<T> = (result: FakeAsyncResult<T>) => void;

/** The calls the preview can make fail: `?fail=body,insert` on the page's URL. */
export type FailurePoint = "body" | "bodyType" | "insert" | "replace" | "subject" | "notifications" | "settings" | "customProperties";
export const FAILURE_POINTS: readonly FailurePoint[] = ["body", "bodyType", "insert", "replace", "subject", "notifications", "settings", "customProperties"];

export type NotificationType = "informationalMessage" | "errorMessage" | "progressIndicator" | "insightMessage";

export interface FakeNotification {
  key: string;
  type: NotificationType;
  message: string;
  icon?: string;
  persistent?: boolean;
}

/** What callers pass (validated here, as Office.js does). */
export interface NotificationDetailsLike {
  type: NotificationType | string;
  message: string;
  icon?: string;
  persistent?: unknown;
  actions?: unknown;
}

export interface FakeMailboxOptions {
  body: FakeBody;
  getSubject: () => string;
  setSubject?: (subject: string) => void;
  /** Where roaming settings persist (the page's localStorage); in-memory when null. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  storageKey?: string;
  failures?: Iterable<FailurePoint>;
  /** Delay before each callback, to imitate a slow host; 0 = next microtask. */
  latencyMs?: number;
  /** Outlook on Windows returns the text body with CRLF line ends; default LF. */
  lineEnding?: "\n" | "\r\n";
}

type Args = unknown[];

export interface FakeOfficeItem {
  itemType: "message";
  body: {
    getAsync(coercionType: string, ...rest: Args): void;
    getTypeAsync(...rest: Args): void;
    setSelectedDataAsync(data: string, ...rest: Args): void;
    setAsync(data: string, ...rest: Args): void;
  };
  subject: {
    getAsync(...rest: Args): void;
    setAsync(subject: string, ...rest: Args): void;
  };
  notificationMessages: {
    addAsync(key: string, details: NotificationDetailsLike, ...rest: Args): void;
    replaceAsync(key: string, details: NotificationDetailsLike, ...rest: Args): void;
    removeAsync(key: string, ...rest: Args): void;
    getAllAsync(...rest: Args): void;
  };
  /** Gives a FakeCustomProperties: this add-in's properties saved on the item. */
  loadCustomPropertiesAsync(...rest: Args): void;
}

/** Office.CustomProperties as the fake gives it. */
export interface FakeCustomProperties {
  get(name: string): string | undefined;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  getAll(): Record<string, string>;
  saveAsync(...rest: Args): void;
}

export interface FakeRoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(...rest: Args): void;
}

export interface FakeMailbox {
  item: FakeOfficeItem;
  roamingSettings: FakeRoamingSettings;
  /** Which calls fail; change it at any time (the preview's failure switches do). */
  failures: Set<FailurePoint>;
  notifications(): FakeNotification[];
  /** Notified when the notifications change. */
  subscribe(listener: () => void): () => void;
  /** Every call made, in order ("body.getAsync(text)", …): for tests and the page's debug panel. */
  calls: string[];
  /** The custom properties saved on the item (a copy). */
  customProperties(): Record<string, string>;
  /** Forgets them: another email is loaded into the compose window. */
  clearCustomProperties(): void;
}

const MAX_BODY_WRITE = 1_000_000;
const MAX_NOTIFICATIONS = 5;
const MAX_NOTIFICATION_MESSAGE = 150;
const MAX_NOTIFICATION_KEY = 32;
const MAX_SETTINGS_CHARS = 32 * 1024;
const MAX_CUSTOM_PROPERTIES_CHARS = 2500;
const NOTIFICATION_TYPES: readonly string[] = ["informationalMessage", "errorMessage", "progressIndicator", "insightMessage"];

/** Errors Office.js throws synchronously for bad arguments (same names and wording). */
function argumentError(param: string, detail = "Value does not fall within the expected range."): Error {
  const error = new Error(`Sys.ArgumentException: ${detail}\nParameter name: ${param}`);
  error.name = "Sys.ArgumentException";
  return error;
}
function outOfRange(param: string, actual: number): Error {
  const error = new Error(
    `Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.\nParameter name: ${param}\nActual value was ${actual}.`,
  );
  error.name = "Sys.ArgumentOutOfRangeException";
  return error;
}

const FAILURES: Record<FailurePoint, () => FakeHostError> = {
  body: () => new FakeHostError(9002, "InternalFormatError", "There was an internal format error."),
  bodyType: () => new FakeHostError(9002, "InternalFormatError", "There was an internal format error."),
  insert: () => new FakeHostError(9014, "CursorPositionChanged", "The user changed the position of the cursor while the data was being inserted."),
  replace: () => new FakeHostError(9011, "HtmlSanitizationFailure", "The HTML santization has failed."),
  subject: () => new FakeHostError(9020, "GenericResponseError", "The request has failed."),
  notifications: () => new FakeHostError(9027, "PersistedNotificationArraySaveError", "The API call you made failed because notifications couldn't be persisted."),
  settings: () => new FakeHostError(9019, "GenericSettingsError", "Roaming settings couldn't be saved."),
  customProperties: () => new FakeHostError(9020, "GenericResponseError", "The request has failed."),
};

/** Splits Office's `(…, [options], [callback])` tail. */
function tail<T>(rest: Args): { asyncContext: unknown; options: Record<string, unknown>; callback: FakeCallback<T> | undefined } {
  let options: Record<string, unknown> = {};
  let callback: FakeCallback<T> | undefined;
  for (const arg of rest) {
    if (typeof arg === "function") callback = arg as FakeCallback<T>;
    else if (arg && typeof arg === "object") options = arg as Record<string, unknown>;
  }
  return { asyncContext: options.asyncContext, options, callback };
}

/**
 * @example
 * const mailbox = createFakeMailbox({ body: editorHost, getSubject: () => subject });
 * const item = createComposeItem(mailbox.item); // the real src/office adapter
 */
export function createFakeMailbox(options: FakeMailboxOptions): FakeMailbox {
  const { body, getSubject, setSubject, storage = null, storageKey = "releaseGuard.preview.roamingSettings", latencyMs = 0 } = options;
  const lineEnding = options.lineEnding ?? "\n";
  const failures = new Set<FailurePoint>(options.failures ?? []);
  const calls: string[] = [];
  let notifications: FakeNotification[] = [];
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());

  const deliver = <T>(callback: FakeCallback<T> | undefined, result: FakeAsyncResult<T>): void => {
    if (!callback) return;
    if (latencyMs > 0) setTimeout(() => callback(result), latencyMs);
    else void Promise.resolve().then(() => callback(result));
  };
  const ok = <T>(callback: FakeCallback<T> | undefined, asyncContext: unknown, value: T): void =>
    deliver(callback, { status: "succeeded", value, asyncContext });
  const fail = <T>(callback: FakeCallback<T> | undefined, asyncContext: unknown, error: unknown): void => {
    const e =
      error instanceof FakeHostError
        ? { code: error.code, name: error.name, message: error.message }
        : { code: 9020, name: "GenericResponseError", message: error instanceof Error ? error.message : String(error) };
    deliver(callback, { status: "failed", value: undefined as T, error: e, asyncContext });
  };
  /** Runs one host operation: the failure switch first, then the work; any FakeHostError becomes a failed result. */
  const run = <T>(point: FailurePoint | null, rest: Args, work: (opts: Record<string, unknown>) => T): void => {
    const { asyncContext, options: opts, callback } = tail<T>(rest);
    if (point && failures.has(point)) {
      fail(callback, asyncContext, FAILURES[point]());
      return;
    }
    let value: T;
    try {
      value = work(opts);
    } catch (error) {
      fail(callback, asyncContext, error);
      return;
    }
    ok(callback, asyncContext, value);
  };

  const coercionOf = (opts: Record<string, unknown>): BodyType | null => {
    const type = opts.coercionType === undefined ? "text" : String(opts.coercionType).toLowerCase();
    return type === "html" || type === "text" ? type : null;
  };
  const checkData = (data: unknown): string => {
    if (typeof data !== "string") throw argumentError("data", `Value of type ${typeof data} is not a string.`);
    if (data.length > MAX_BODY_WRITE) throw outOfRange("data", data.length);
    return data;
  };
  const invalidCoercion = (): FakeHostError => new FakeHostError(1000, "Invalid Coercion Type", "The specified coercion type is not supported.");

  const checkKey = (key: unknown): string => {
    if (typeof key !== "string" || key === "") throw argumentError("key");
    if (key.length > MAX_NOTIFICATION_KEY) throw outOfRange("key", key.length);
    return key;
  };
  const checkDetails = (details: NotificationDetailsLike): FakeNotification => {
    if (!details || typeof details.type !== "string" || !NOTIFICATION_TYPES.includes(details.type)) throw argumentError("type");
    if (details.type === "informationalMessage") {
      if (typeof details.icon !== "string" || details.icon === "") throw argumentError("icon");
      if (details.icon.length > 32) throw outOfRange("icon", details.icon.length);
      if (typeof details.persistent !== "boolean") throw argumentError("persistent");
    } else if (details.type !== "insightMessage" && (details.icon !== undefined || details.persistent !== undefined)) {
      throw argumentError(details.icon !== undefined ? "icon" : "persistent");
    }
    if (typeof details.message !== "string" || details.message === "") throw argumentError("message");
    if (details.message.length > MAX_NOTIFICATION_MESSAGE) throw outOfRange("message", details.message.length);
    const n: FakeNotification = { key: "", type: details.type as NotificationType, message: details.message };
    if (details.icon !== undefined) n.icon = details.icon;
    if (typeof details.persistent === "boolean") n.persistent = details.persistent;
    return n;
  };

  /** What is saved on the item; each load works on its own copy until it saves. */
  let savedCustomProperties: Record<string, string> = {};
  const customPropertiesBag = (): FakeCustomProperties => {
    let bag: Record<string, string> = { ...savedCustomProperties };
    return {
      get: (name: string) => (Object.prototype.hasOwnProperty.call(bag, name) ? bag[name] : undefined),
      set(name: string, value: unknown): void {
        if (typeof name !== "string" || name === "") throw argumentError("name");
        bag = { ...bag, [name]: String(value) };
      },
      remove(name: string): void {
        const next = { ...bag };
        delete next[name];
        bag = next;
      },
      getAll: () => ({ ...bag }),
      saveAsync(...rest: Args): void {
        calls.push("customProperties.saveAsync");
        run("customProperties", rest, () => {
          if (JSON.stringify(bag).length > MAX_CUSTOM_PROPERTIES_CHARS) {
            throw new FakeHostError(9020, "GenericResponseError", "The custom properties exceed 2,500 characters.");
          }
          savedCustomProperties = { ...bag };
          return undefined;
        });
      },
    };
  };

  const item: FakeOfficeItem = {
    itemType: "message",
    body: {
      getAsync(coercionType: string, ...rest: Args): void {
        const type = String(coercionType).toLowerCase();
        if (type !== "text" && type !== "html") throw argumentError("coercionType");
        calls.push(`body.getAsync(${type})`);
        run("body", rest, () => (type === "html" ? body.getHtml() : body.getText().replace(/\n/g, lineEnding)));
      },
      getTypeAsync(...rest: Args): void {
        calls.push("body.getTypeAsync");
        run("bodyType", rest, () => body.getType());
      },
      setSelectedDataAsync(data: string, ...rest: Args): void {
        const text = checkData(data);
        calls.push("body.setSelectedDataAsync");
        run("insert", rest, (opts) => {
          const type = coercionOf(opts);
          if (!type) throw invalidCoercion();
          body.insertAtSelection(text, type);
          return undefined;
        });
      },
      setAsync(data: string, ...rest: Args): void {
        const text = checkData(data);
        calls.push("body.setAsync");
        run("replace", rest, (opts) => {
          const type = coercionOf(opts);
          if (!type) throw invalidCoercion();
          body.replace(text, type);
          return undefined;
        });
      },
    },
    subject: {
      getAsync(...rest: Args): void {
        calls.push("subject.getAsync");
        run("subject", rest, () => getSubject());
      },
      setAsync(subject: string, ...rest: Args): void {
        if (typeof subject !== "string") throw argumentError("subject");
        if (subject.length > 255) throw outOfRange("subject", subject.length);
        calls.push("subject.setAsync");
        run("subject", rest, () => {
          setSubject?.(subject);
          return undefined;
        });
      },
    },
    notificationMessages: {
      addAsync(key: string, details: NotificationDetailsLike, ...rest: Args): void {
        const k = checkKey(key);
        const n = checkDetails(details);
        calls.push(`notificationMessages.addAsync(${k})`);
        run("notifications", rest, () => {
          if (notifications.some((x) => x.key === k)) {
            throw new FakeHostError(9023, "DuplicateNotificationKey", "A notification with the provided key already exists.");
          }
          if (notifications.length >= MAX_NOTIFICATIONS) {
            throw new FakeHostError(9025, "NumberOfNotificationsExceeded", "The notification couldn't be added because the notification limit has been reached.");
          }
          notifications = [...notifications, { ...n, key: k }];
          notify();
          return undefined;
        });
      },
      replaceAsync(key: string, details: NotificationDetailsLike, ...rest: Args): void {
        const k = checkKey(key);
        const n = checkDetails(details);
        calls.push(`notificationMessages.replaceAsync(${k})`);
        run("notifications", rest, () => {
          const index = notifications.findIndex((x) => x.key === k);
          if (index >= 0) {
            notifications = notifications.map((x, i) => (i === index ? { ...n, key: k } : x));
          } else {
            if (notifications.length >= MAX_NOTIFICATIONS) {
              throw new FakeHostError(9025, "NumberOfNotificationsExceeded", "The notification couldn't be added because the notification limit has been reached.");
            }
            notifications = [...notifications, { ...n, key: k }];
          }
          notify();
          return undefined;
        });
      },
      removeAsync(key: string, ...rest: Args): void {
        const k = checkKey(key);
        calls.push(`notificationMessages.removeAsync(${k})`);
        run("notifications", rest, () => {
          if (!notifications.some((x) => x.key === k)) {
            throw new FakeHostError(9024, "NotificationKeyNotFound", "There are no notifications with the provided key.");
          }
          notifications = notifications.filter((x) => x.key !== k);
          notify();
          return undefined;
        });
      },
      getAllAsync(...rest: Args): void {
        calls.push("notificationMessages.getAllAsync");
        run("notifications", rest, () => notifications.map((n) => ({ ...n })));
      },
    },
    loadCustomPropertiesAsync(...rest: Args): void {
      calls.push("item.loadCustomPropertiesAsync");
      run("customProperties", rest, () => customPropertiesBag());
    },
  };

  let settings: Record<string, unknown> = {};
  try {
    const stored = storage?.getItem(storageKey);
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) settings = parsed as Record<string, unknown>;
  } catch {
    settings = {};
  }

  const roamingSettings: FakeRoamingSettings = {
    get: (name: string) => settings[name],
    set(name: string, value: unknown): void {
      settings[name] = value;
    },
    remove(name: string): void {
      delete settings[name];
    },
    saveAsync(...rest: Args): void {
      calls.push("roamingSettings.saveAsync");
      run("settings", rest, () => {
        const json = JSON.stringify(settings);
        if (json.length > MAX_SETTINGS_CHARS) throw new FakeHostError(9019, "GenericSettingsError", "");
        storage?.setItem(storageKey, json);
        return undefined;
      });
    },
  };

  return {
    item,
    roamingSettings,
    failures,
    notifications: () => notifications.map((n) => ({ ...n })),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    calls,
    customProperties: () => ({ ...savedCustomProperties }),
    clearCustomProperties(): void {
      savedCustomProperties = {};
    },
  };
}

/** Reads `?fail=body,insert` into failure points, ignoring unknown names. */
export function parseFailures(value: string | null | undefined): FailurePoint[] {
  if (!value) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is FailurePoint => (FAILURE_POINTS as readonly string[]).includes(s));
}
