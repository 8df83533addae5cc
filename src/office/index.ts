/** The Office boundary: import from here (or from ./compose) — nothing else calls Office.js. */
export * from "./types";
export * from "./compose";
export { officeCall, describeError } from "./call";
export type { AsyncResultLike, OfficeCallback } from "./call";
