/** @jest-environment jsdom */
import * as React from "react";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SendFailureNotice } from "../../src/taskpane/components/SendFailureNotice";
import { LAST_SEND_FAILURE_KEY } from "../../src/launchevent/ids";
import type { SettingsStore } from "../../src/office/types";
import { renderInFluent } from "./fixtures";

function memorySettings(initial: Record<string, unknown>): SettingsStore & { data: Record<string, unknown>; saves: number } {
  const store = {
    data: { ...initial },
    saves: 0,
    get<T>(name: string): T | undefined {
      return store.data[name] as T | undefined;
    },
    set(name: string, value: unknown): void {
      store.data[name] = value;
    },
    remove(name: string): void {
      delete store.data[name];
    },
    async save(): Promise<void> {
      store.saves += 1;
    },
  };
  return store;
}

describe("SendFailureNotice", () => {
  it("tells the buyer an email went out unchecked, and forgets it when dismissed", async () => {
    const settings = memorySettings({
      [LAST_SEND_FAILURE_KEY]: { reason: "timeout", message: "The release check took too long, so the email was sent unchecked." },
    });
    renderInFluent(<SendFailureNotice settings={settings} />);
    const notice = screen.getByTestId("send-failure-notice");
    expect(notice.textContent).toContain("An earlier email went out unchecked");
    expect(notice.textContent).toContain("The release check took too long, so the email was sent unchecked.");
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("send-failure-notice")).toBeNull();
    expect(settings.data[LAST_SEND_FAILURE_KEY]).toBeUndefined();
    expect(settings.saves).toBe(1);
  });

  it("shows nothing when no failure is recorded or there are no settings", () => {
    const { container } = renderInFluent(
      <>
        <SendFailureNotice settings={memorySettings({})} />
        <SendFailureNotice settings={null} />
      </>,
    );
    expect(container.querySelector("[data-testid='send-failure-notice']")).toBeNull();
  });
});
