/**
 * Message templates addressed by id, filled from data ("{{phrase}}"). The task pane, the send-time
 * alert and the CLI all show these words, so the buyer reads the same sentence everywhere.
 */

export type MessageData = Readonly<Record<string, string | number>>;

/** Fills `{{name}}` placeholders; unknown names stay visible so a missing value is noticed in tests. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export interface RuleMeta {
  type: "detail" | "language" | "consistency" | "policy";
  description: string;
  messages: Readonly<Record<string, string>>;
}
