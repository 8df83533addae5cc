/** @jest-environment jsdom */
/**
 * The send-time check and manifest.xml must name the same things: the handler's function name
 * (LaunchEvent FunctionName = the id given to Office.actions.associate), the task pane button the
 * "Fix release" dialog button opens (commandId = a Control id), and the SendMode the preview assumes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  FIX_RELEASE_LABEL,
  MANIFEST_SEND_MODE,
  SEND_HANDLER_FUNCTION_NAME,
  TASKPANE_COMMAND_ID,
} from "../../src/launchevent/ids";

const manifest = new DOMParser().parseFromString(readFileSync(join(__dirname, "../../manifest.xml"), "utf8"), "application/xml");
const all = (tag: string) => Array.from(manifest.getElementsByTagNameNS("*", tag));

describe("manifest.xml and the send-time check agree", () => {
  it("parses", () => {
    expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  it("has exactly one OnMessageSend launch event, naming the handler", () => {
    const events = all("LaunchEvent").filter((e) => e.getAttribute("Type") === "OnMessageSend");
    expect(events).toHaveLength(1);
    expect(events[0]!.getAttribute("FunctionName")).toBe(SEND_HANDLER_FUNCTION_NAME);
  });

  it("uses the SendMode the preview assumes, and never Block", () => {
    const event = all("LaunchEvent").find((e) => e.getAttribute("Type") === "OnMessageSend")!;
    expect(event.getAttribute("SendMode")).toBe(MANIFEST_SEND_MODE);
    expect(event.getAttribute("SendMode")).not.toBe("Block");
  });

  it("has the task pane button the dialog's Fix release opens, in the overrides that carry the launch event", () => {
    const launch = all("LaunchEvent")[0]!;
    let overrides: Element | null = launch.parentElement;
    while (overrides && overrides.localName !== "VersionOverrides") overrides = overrides.parentElement;
    expect(overrides).not.toBeNull();
    const controls = Array.from(overrides!.getElementsByTagNameNS("*", "Control")).filter((c) => c.getAttribute("id") === TASKPANE_COMMAND_ID);
    expect(controls).toHaveLength(1);
    const action = controls[0]!.getElementsByTagNameNS("*", "Action")[0]!;
    expect(action.getAttribute("xsi:type") ?? action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("ShowTaskpane");
  });

  it("keeps the Fix release label within Smart Alerts' 20 characters", () => {
    expect(FIX_RELEASE_LABEL.length).toBeLessThanOrEqual(20);
  });

  it("registers the entry under the manifest's FunctionName", () => {
    const functionName = all("LaunchEvent")[0]!.getAttribute("FunctionName");
    const ids: string[] = [];
    (globalThis as Record<string, unknown>).Office = { actions: { associate: (id: string) => ids.push(id) } };
    try {
      jest.isolateModules(() => require("../../src/launchevent/launchevent"));
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
    expect(ids).toEqual([functionName]);
  });
});
