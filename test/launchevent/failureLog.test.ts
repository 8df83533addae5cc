import { clearLastSendFailure, readLastSendFailure, writeLastSendFailure } from "../../src/launchevent/failureLog";
import { createSettingsStore } from "../../src/office/compose";
import { LAST_SEND_FAILURE_KEY } from "../../src/launchevent/ids";

/** Office.RoamingSettings-shaped fake behind B's real SettingsStore adapter. */
function roaming(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const persisted: Array<Record<string, unknown>> = [];
  const rs = {
    get: (name: string) => data.get(name),
    set: (name: string, value: unknown) => void data.set(name, value),
    remove: (name: string) => void data.delete(name),
    saveAsync: (cb?: (r: { status: string }) => void) => {
      persisted.push(Object.fromEntries(data));
      if (cb) cb({ status: "succeeded" });
    },
  };
  return { store: createSettingsStore(rs as never), data, persisted };
}

describe("the last send-check failure", () => {
  it("is written, read back and cleared through roaming settings", async () => {
    const { store, persisted } = roaming();
    expect(readLastSendFailure(store)).toBeUndefined();
    await writeLastSendFailure(store, { reason: "timeout", message: "Release Guard's check did not finish within 3 seconds at send, so the message was sent unchecked.", at: "2025-03-04T09:30:03.000Z" });
    expect(persisted).toEqual([
      {
        [LAST_SEND_FAILURE_KEY]: {
          reason: "timeout",
          message: "Release Guard's check did not finish within 3 seconds at send, so the message was sent unchecked.",
          at: "2025-03-04T09:30:03.000Z",
        },
      },
    ]);
    expect(readLastSendFailure(store)).toEqual({
      reason: "timeout",
      message: "Release Guard's check did not finish within 3 seconds at send, so the message was sent unchecked.",
      at: "2025-03-04T09:30:03.000Z",
    });
    await clearLastSendFailure(store);
    expect(readLastSendFailure(store)).toBeUndefined();
    expect(persisted[1]).toEqual({});
  });

  it("keeps only the latest failure", async () => {
    const { store } = roaming();
    await writeLastSendFailure(store, { reason: "timeout", message: "first" });
    await writeLastSendFailure(store, { reason: "analysis-failed", message: "second" });
    expect(readLastSendFailure(store)).toEqual({ reason: "analysis-failed", message: "second" });
  });

  it("ignores a stored value that is not a failure record", () => {
    for (const value of ["timeout", 42, null, { reason: "bored", message: "x" }, { reason: "timeout" }, []]) {
      const { store } = roaming({ [LAST_SEND_FAILURE_KEY]: value });
      expect(readLastSendFailure(store)).toBeUndefined();
    }
  });

  it("reads nothing when the settings cannot be read", () => {
    const store = { get: () => { throw new Error("gone"); }, set: () => undefined, remove: () => undefined, save: async () => undefined };
    expect(readLastSendFailure(store)).toBeUndefined();
  });
});
