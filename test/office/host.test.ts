import { OfficeMockObject } from "office-addin-mock";
import { officeAvailable, supportsRequirement } from "../../src/office/compose";
import { RELEASE_EMAIL_TEXT } from "./mockItem";

type Cb = (result: unknown) => void;
const globals = globalThis as unknown as { Office?: unknown };

function installOffice(data: Record<string, unknown>): void {
  globals.Office = new OfficeMockObject({ host: "outlook", ...data });
}

const composeItem = {
  body: {
    getAsync: (_coercion: string, cb: Cb) => cb({ status: "succeeded", value: RELEASE_EMAIL_TEXT }),
  },
};

afterEach(() => {
  delete globals.Office;
});

describe("officeAvailable", () => {
  it("reports unavailable when Office.js is not loaded at all", async () => {
    delete globals.Office;
    await expect(officeAvailable()).resolves.toBeNull();
  });

  it("reports unavailable outside Office, where onReady resolves with host null", async () => {
    installOffice({ onReady: async () => ({ host: null, platform: null }), context: {} });
    await expect(officeAvailable()).resolves.toBeNull();
  });

  it("reports unavailable when onReady fails", async () => {
    installOffice({
      onReady: async () => {
        throw new Error("Office.js failed to initialize");
      },
    });
    await expect(officeAvailable()).resolves.toBeNull();
  });

  it("reports unavailable in Outlook without an open message", async () => {
    installOffice({ onReady: async () => ({ host: "Outlook", platform: "OfficeOnline" }), context: { mailbox: {} } });
    await expect(officeAvailable()).resolves.toBeNull();
  });

  it("returns a working item and settings inside Outlook", async () => {
    const saved = new Map<string, unknown>([["lastSendCheck", { outcome: "timeout" }]]);
    installOffice({
      onReady: async () => ({ host: "Outlook", platform: "PC" }),
      context: {
        mailbox: { item: composeItem },
        roamingSettings: {
          get: (name: string) => (saved.has(name) ? saved.get(name) : null),
          set: (name: string, value: unknown) => saved.set(name, value),
          remove: (name: string) => saved.delete(name),
          saveAsync: (cb: Cb) => cb({ status: "succeeded", value: undefined }),
        },
      },
    });
    const session = await officeAvailable();
    expect(session).not.toBeNull();
    expect(session?.host).toBe("Outlook");
    expect(session?.platform).toBe("PC");
    await expect(session?.item.getBodyText()).resolves.toBe(RELEASE_EMAIL_TEXT);
    expect(session?.settings.get("lastSendCheck")).toEqual({ outcome: "timeout" });
  });
});

describe("supportsRequirement", () => {
  it("asks Office for the set and version", () => {
    const asked: string[] = [];
    installOffice({
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => {
            asked.push(`${set} ${version}`);
            return version === "1.12";
          },
        },
      },
    });
    expect(supportsRequirement("Mailbox", "1.12")).toBe(true);
    expect(supportsRequirement("Mailbox", "1.15")).toBe(false);
    expect(asked).toEqual(["Mailbox 1.12", "Mailbox 1.15"]);
  });

  it("is false without Office.js", () => {
    delete globals.Office;
    expect(supportsRequirement("Mailbox", "1.12")).toBe(false);
  });

  it("is false when Office has no requirements object (outside a host)", () => {
    installOffice({ context: {} });
    expect(supportsRequirement("Mailbox", "1.12")).toBe(false);
  });

  it("is false when isSetSupported throws", () => {
    installOffice({
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not initialized");
          },
        },
      },
    });
    expect(supportsRequirement("Mailbox", "1.14")).toBe(false);
  });
});
