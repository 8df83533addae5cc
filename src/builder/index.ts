/** The guided builder: pure TypeScript (no React, no Office). */
export * from "./types";
export * from "./presets";
export * from "./validate";
export * from "./prefill";
export * from "./replace";
export * from "./insert";
export * from "./defaults";
export * from "./templates";
export * from "./form";
export { quotedStart, currentPart } from "./quoted";
export { BLOCK_HEADER, BLOCK_SUMMARY } from "./markers";
