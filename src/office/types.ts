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
}

/** Roaming settings: per user, ≤ 32 KB, persisted only by save(). */
export interface SettingsStore {
  get<T = unknown>(name: string): T | undefined;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  save(): Promise<void>;
}
