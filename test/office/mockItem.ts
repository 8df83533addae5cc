// Builders for office-addin-mock compose items. The mock's functions are plain functions, so each
// xxxAsync calls its callback itself (see shared/design/toolchain.md).
import { OfficeMockObject } from "office-addin-mock";
import type { OfficeComposeItemLike } from "../../src/office/compose";

export const RELEASE_EMAIL_TEXT = [
  "Hi Marta,",
  "",
  "Thanks for the quote on the 200 mounting brackets. Please release lot 1 now: 25 units of",
  "bracket_revC7.step in black PETG.",
  "Do not start the remaining 175 units until our fit validation on the line is done.",
  "Dana Ortiz (purchasing) will approve the next lot.",
  "",
  "Best regards,",
  "Sam Keller",
  "Operations, Northwind Robotics",
  "",
  "-----Original Message-----",
  "From: Marta Ruiz <marta@printfarm.example>",
  "Sent: Tuesday, 4 March 2025 09:12",
  "Subject: RE: Quote 4471 - printed brackets",
  "",
  "Quote attached for 200 units, PETG, rev C7. Let us know how you want to stage it.",
].join("\n");

export const RELEASE_EMAIL_HTML =
  "<div><p>Hi Marta,</p><p>Please release lot 1 now: <b>25 units</b> of bracket_revC7.step in black PETG.</p>" +
  "<ul><li>Do not start the remaining 175 units until our fit validation is done.</li>" +
  "<li>Dana Ortiz (purchasing) approves the next lot.</li></ul><p>Best regards,<br>Sam Keller</p></div>";

export interface OfficeErrorData {
  message: string;
  code: number;
  name: string;
}

export const succeeded = <T>(value: T) => ({ status: "succeeded", value });
export const failed = (error: OfficeErrorData) => ({ status: "failed", value: undefined, error });

type Cb = (result: unknown) => void;

/** What the mock records about writes. */
export interface MockState {
  calls: { method: string; args: unknown[] }[];
}

export interface MockItemOptions {
  text?: string;
  html?: string;
  bodyType?: string;
  subject?: string;
  /** Methods that should fail with this Office error. */
  failing?: Partial<Record<string, OfficeErrorData>>;
  /** This add-in's custom properties already stored on the item (as Office keeps them: text). */
  customProperties?: Record<string, string>;
  /** Leave out CustomProperties.getAll (clients before Mailbox 1.9). */
  withoutGetAll?: boolean;
}

/** What the mock keeps of the item's custom properties: the in-memory bag and what was saved. */
export interface MockCustomProperties {
  bag: Map<string, string>;
  saved: Record<string, string> | undefined;
  saves: number;
}

/** A compose item backed by OfficeMockObject, recording every call. */
export function mockComposeItem(options: MockItemOptions = {}): { item: OfficeComposeItemLike; state: MockState; custom: MockCustomProperties } {
  const state: MockState = { calls: [] };
  const custom: MockCustomProperties = { bag: new Map(Object.entries(options.customProperties ?? {})), saved: undefined, saves: 0 };
  const failing = options.failing ?? {};
  const answer = (method: string, args: unknown[], value: unknown) => {
    state.calls.push({ method, args });
    const cb = args[args.length - 1] as Cb;
    const error = failing[method];
    cb(error ? failed(error) : succeeded(value));
  };
  const data = {
    host: "outlook",
    item: {
      body: {
        getAsync: (...args: unknown[]) =>
          answer("body.getAsync", args, args[0] === "html" ? options.html ?? RELEASE_EMAIL_HTML : options.text ?? RELEASE_EMAIL_TEXT),
        getTypeAsync: (...args: unknown[]) => answer("body.getTypeAsync", args, options.bodyType ?? "html"),
        setSelectedDataAsync: (...args: unknown[]) => answer("body.setSelectedDataAsync", args, undefined),
        setAsync: (...args: unknown[]) => answer("body.setAsync", args, undefined),
      },
      subject: {
        getAsync: (...args: unknown[]) => answer("subject.getAsync", args, options.subject ?? "RE: Quote 4471 - printed brackets"),
      },
      notificationMessages: {
        replaceAsync: (...args: unknown[]) => answer("notificationMessages.replaceAsync", args, undefined),
        removeAsync: (...args: unknown[]) => answer("notificationMessages.removeAsync", args, undefined),
      },
      // A new bag object per load, over the properties kept on the item.
      loadCustomPropertiesAsync: (...args: unknown[]) => answer("item.loadCustomPropertiesAsync", args, customPropertiesBag(custom, state, options)),
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { item: OfficeComposeItemLike };
  return { item: mock.item, state, custom };
}

/** Office.CustomProperties over the mock's map, itself an OfficeMockObject. */
function customPropertiesBag(custom: MockCustomProperties, state: MockState, options: MockItemOptions): unknown {
  const record = (method: string, args: unknown[]) => state.calls.push({ method, args });
  const bag: Record<string, unknown> = {
    get: (name: string) => {
      record("customProperties.get", [name]);
      return custom.bag.get(name); // undefined for a name never set, as Outlook does
    },
    set: (name: string, value: string) => {
      record("customProperties.set", [name, value]);
      custom.bag.set(name, String(value));
    },
    remove: (name: string) => {
      record("customProperties.remove", [name]);
      custom.bag.delete(name);
    },
    saveAsync: (...args: unknown[]) => {
      record("customProperties.saveAsync", args);
      const cb = args.find((a) => typeof a === "function") as Cb | undefined;
      const error = options.failing?.["customProperties.saveAsync"];
      if (!error) {
        custom.saved = Object.fromEntries(custom.bag);
        custom.saves++;
      }
      cb?.(error ? failed(error) : succeeded(undefined));
    },
  };
  if (!options.withoutGetAll) {
    bag.getAll = () => {
      record("customProperties.getAll", []);
      return Object.fromEntries(custom.bag);
    };
  }
  const mock = new OfficeMockObject({ host: "outlook", customProperties: bag }) as unknown as { customProperties: unknown };
  return mock.customProperties;
}

/** Roaming settings backed by OfficeMockObject: an in-memory map, saveAsync optionally failing. */
export function mockRoamingSettings(initial: Record<string, unknown> = {}, saveError?: OfficeErrorData) {
  const store = new Map<string, unknown>(Object.entries(initial));
  const calls: string[] = [];
  const data = {
    host: "outlook",
    roamingSettings: {
      get: (name: string) => {
        calls.push(`get:${name}`);
        return store.has(name) ? store.get(name) : null;
      },
      set: (name: string, value: unknown) => {
        calls.push(`set:${name}`);
        store.set(name, value);
      },
      remove: (name: string) => {
        calls.push(`remove:${name}`);
        store.delete(name);
      },
      saveAsync: (cb: Cb) => {
        calls.push("saveAsync");
        cb(saveError ? failed(saveError) : succeeded(undefined));
      },
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { roamingSettings: Office.RoamingSettings };
  return { roamingSettings: mock.roamingSettings, store, calls };
}
