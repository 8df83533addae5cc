/** The checker's public surface: analyze, the block builder, and the shared types. */
export * from "./types";
export { analyze, MAX_ANALYZED_CHARS } from "./analyze";
export { buildBlock, buildKindBlock, parseSummaryLine, parseKindSummaryLine, KIND_BLOCK_FIELDS, missingBlockFields, findBlockInText, findBlocksInText, escapeHtml, blockBalance, BLOCK_HEADER, SUMMARY_PREFIX } from "./block";
export type { FoundBlock } from "./block";
export { KIND_LABELS, KIND_REQUIREMENTS, needOf } from "./kinds";
export type { Need } from "./kinds";
export { formatMessage } from "./messages";
export { RULES } from "./rules";
