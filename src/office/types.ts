/**
 * The Office boundary's contract. Everything outside src/office talks to Outlook through these
 * interfaces, so the task pane, the builder and the send handler render and test without Office,
 * and the preview page can hand them an item backed by its fake mailbox.
 */

export type BodyType = "html" | "text";

/** An Office.js failure, with Office's own message and code kept. */
export class OfficeCallError extends Error {
  readonly operation: string;
  readonly code: number | string | undefined;
  readonly officeMessage: string | undefined;
  constructor(operation: string, officeMessage?: string, code?: number | string) {
    super(`${operation} failed${officeMessage ? `: ${officeMessage}` : ""}${code !== undefined ? ` (code ${code})` : ""}`);
    this.name = "OfficeCallError";
    this.operation = operation;
    this.code = code;
    this.officeMessage = officeMessage;
  }
}

export type NotificationKind = "info" | "error";

/** The message being composed. */
export interface ComposeItem {
  getBodyText(): Promise<string>;
  getBodyHtml(): Promise<string>;
  getBodyType(): Promise<BodyType>;
  getSubject(): Promise<string>;
  /** Inserts at the cursor (or at the top when the body never had focus). Html into a text body is refused. */
  insertAtCursor(content: string, type: BodyType): Promise<void>;
  /** Replaces the whole body. Use only when everything outside the block is provably kept. */
  replaceBody(content: string, type: BodyType): Promise<void>;
  showNotification(key: string, message: string, kind?: NotificationKind): Promise<void>;
  clearNotification(key: string): Promise<void>;
  /**
   * This add-in's value stored with this message (Office custom properties: per item, visible only
   * to this add-in, kept with the draft, ≤ 2,500 characters for all of them as JSON), or undefined
   * when none is stored. Optional so that a stand-in item without per-message storage still fits;
   * the real adapter (createComposeItem) and the preview's fake mailbox always provide it.
   */
  getCustomProperty?(name: string): Promise<string | undefined>;
  /** Stores `value` with this message (null removes it) and saves it. Rejects when it cannot be saved. */
  setCustomProperty?(name: string, value: string | null): Promise<void>;
}

/** Roaming settings: per user, ≤ 32 KB, persisted only by save(). */
export interface SettingsStore {
  get<T = unknown>(name: string): T | undefined;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  save(): Promise<void>;
}
