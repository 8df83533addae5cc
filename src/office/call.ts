/**
 * Turns Office.js's callback style into promises, and every failure into an OfficeCallError that
 * keeps Office's own message and code. No timeouts here: a caller that cannot wait (the send
 * handler) runs its own timer.
 *
 * Enum values are written as the strings Office.js uses ("failed", "html", …) so this module
 * works before — and without — the Office global (tests, the preview's fake mailbox).
 */
import { OfficeCallError } from "./types";

/** Codes for failures the boundary detects itself, before calling Office. */
export const BoundaryErrorCode = {
  /** HTML was offered to a plain-text body; Outlook would reject or mangle it. */
  HtmlIntoTextBody: "HtmlIntoTextBody",
  /** Content above Outlook's 1,000,000-character limit for body writes. */
  ContentTooLong: "ContentTooLong",
  /** A notification key that is empty or longer than 32 characters. */
  InvalidKey: "InvalidKey",
  /** A roaming setting value that JSON cannot represent. */
  Unserializable: "Unserializable",
  /** Roaming settings would exceed Outlook's 32 KB. */
  SettingsTooLarge: "SettingsTooLarge",
  /** This add-in's custom properties on the message would exceed Outlook's 2,500 characters. */
  CustomPropertiesTooLarge: "CustomPropertiesTooLarge",
  /** A custom property name that is empty or not text. */
  InvalidName: "InvalidName",
  /** Office returned something the boundary does not understand. */
  UnexpectedResult: "UnexpectedResult",
} as const;

/** The part of Office.AsyncResult the boundary reads. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: { message?: string; code?: number | string; name?: string } | null;
}

export type OfficeCallback<T> = (result: AsyncResultLike<T>) => void;

/** Message of anything thrown. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

/**
 * Runs one Office.js async call and settles with its value, or rejects with OfficeCallError
 * (Office's asyncResult.error message and code kept). A method that throws instead of calling back
 * (missing API, bad argument) also rejects. A second callback is ignored.
 * @example
 * const text = await officeCall<string>("body.getAsync", (cb) => item.body.getAsync("text", cb));
 */
export function officeCall<T>(operation: string, start: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const callback: OfficeCallback<T> = (result) => {
      if (settled) return;
      settled = true;
      if (!result) {
        reject(new OfficeCallError(operation, "Office returned no result", BoundaryErrorCode.UnexpectedResult));
        return;
      }
      const status = String(result.status);
      // Trust the status when Office gives one; otherwise an error object means failure.
      if (status === "failed" || (status !== "succeeded" && result.error)) {
        const e = result.error || {};
        reject(new OfficeCallError(operation, e.message || e.name || "Office reported a failure", e.code));
        return;
      }
      resolve(result.value);
    };
    try {
      start(callback);
    } catch (err) {
      if (!settled) {
        settled = true;
        reject(err instanceof OfficeCallError ? err : new OfficeCallError(operation, describeError(err)));
      }
    }
  });
}
