/**
 * Puts the approval block into the message being composed, through the `ComposeItem` boundary.
 *
 * - The body type is read first: HTML goes only into an HTML body, text into a text body.
 * - No block in the buyer's current text: insert at the cursor.
 * - One block whose boundaries are certain: replace exactly its span and write the body back, every
 *   other character unchanged.
 * - A block whose replacement is not provably safe: insert the new block at the cursor and say
 *   plainly which old block to delete. Content is never dropped silently.
 * - An Office failure rejects with a {@link BlockInsertError} whose message the buyer can read; the
 *   message body is left as it was.
 */
import { buildBlock, buildKindBlock } from "../checker";
import type { Block, BlockFields, KindBlockFields } from "../checker/types";
import type { BodyType, ComposeItem } from "../office/types";
import { type ReplaceResult, replaceBlockInHtml, replaceBlockInText, textHasCurrentBlock } from "./replace";

export type InsertAction = "inserted" | "updated" | "inserted-old-block-remains";

export interface InsertResult {
  action: InsertAction;
  /** One or two sentences for the buyer (shown in the task pane). */
  message: string;
  bodyType: BodyType;
  /** Words that identify the old block still in the message ("inserted-old-block-remains" only). */
  oldBlock?: string;
}

/** A failure the buyer can read: what did not happen, and that their message is unchanged. */
export class BlockInsertError extends Error {
  readonly cause: unknown;
  constructor(message: string, cause?: unknown) {
    super(message);
    this.name = "BlockInsertError";
    this.cause = cause;
  }
}

export const INSERT_MESSAGES = {
  inserted: "Approval block inserted at the cursor (at the top if the message never had the cursor). Check that it sits where you want it.",
  updated: "Approval block updated in place. Everything else in your message is exactly as it was.",
  remainsPrefix: "New approval block inserted at the cursor.",
  unsureOld:
    "Release Guard sees an older Release Guard block in your message but could not find its exact place in the formatting, so it left it alone. Delete the old block by hand so the shop reads only one.",
} as const;

function detail(e: unknown): string {
  if (e instanceof Error && e.message) return ` (${e.message})`;
  return "";
}

/** Text at the cursor goes on lines of its own, whatever line the cursor is on. */
function textForCursor(blockText: string): string {
  return `\n${blockText.replace(/^(?:\r\n|\n|\r)+|(?:\r\n|\n|\r)+$/g, "")}\n`;
}

async function readBody(item: ComposeItem, type: BodyType): Promise<string> {
  try {
    return type === "html" ? await item.getBodyHtml() : await item.getBodyText();
  } catch (e) {
    throw new BlockInsertError(`Release Guard could not read your message, so it changed nothing${detail(e)}.`, e);
  }
}

async function insertAtCursor(item: ComposeItem, block: Block, type: BodyType): Promise<void> {
  try {
    if (type === "html") await item.insertAtCursor(block.html, "html");
    else await item.insertAtCursor(textForCursor(block.text), "text");
  } catch (e) {
    throw new BlockInsertError(`The approval block could not be inserted${detail(e)}. Your message was not changed; try again, or copy the block from the preview.`, e);
  }
}

/**
 * Inserts or updates `block` in the message.
 *
 * @example
 * await insertBlock(item, buildBlock(fields)) //=> { action: "inserted", message: "Approval block inserted…", bodyType: "html" }
 */
export async function insertBlock(item: ComposeItem, block: Block): Promise<InsertResult> {
  let type: BodyType;
  try {
    type = await item.getBodyType();
  } catch (e) {
    throw new BlockInsertError(`Release Guard could not tell whether your message is HTML or plain text, so it changed nothing${detail(e)}.`, e);
  }
  if (type !== "html" && type !== "text") {
    throw new BlockInsertError(`Release Guard does not know the message format “${String(type)}”, so it changed nothing.`);
  }

  const body = await readBody(item, type);
  const result: ReplaceResult = type === "html" ? replaceBlockInHtml(body, block.html) : replaceBlockInText(body, block.text);

  if (result.ok) {
    try {
      await item.replaceBody(result.body, type);
    } catch (e) {
      throw new BlockInsertError(`The approval block could not be updated${detail(e)}. Your message was not changed.`, e);
    }
    return { action: "updated", message: INSERT_MESSAGES.updated, bodyType: type };
  }

  if (result.code === "no-block") {
    // The HTML reader and the text view must agree that there is no block; if the text view of an
    // HTML body shows one, the formatting hid it: insert, and say so.
    let hiddenOld = false;
    if (type === "html") {
      try {
        hiddenOld = textHasCurrentBlock(await item.getBodyText());
      } catch {
        hiddenOld = false;
      }
    }
    await insertAtCursor(item, block, type);
    if (hiddenOld) {
      return { action: "inserted-old-block-remains", message: `${INSERT_MESSAGES.remainsPrefix} ${INSERT_MESSAGES.unsureOld}`, bodyType: type };
    }
    return { action: "inserted", message: INSERT_MESSAGES.inserted, bodyType: type };
  }

  await insertAtCursor(item, block, type);
  const out: InsertResult = {
    action: "inserted-old-block-remains",
    message: `${INSERT_MESSAGES.remainsPrefix} ${result.reason}`,
    bodyType: type,
  };
  if (result.oldBlock !== undefined) out.oldBlock = result.oldBlock;
  return out;
}

/** Builds the block from validated fields and inserts or updates it. */
export async function insertOrUpdateBlock(item: ComposeItem, fields: BlockFields): Promise<InsertResult> {
  return insertBlock(item, buildBlock(fields));
}

/** Builds any kind's block from validated fields and inserts or updates it (whatever kind the old block was). */
export async function insertOrUpdateKindBlock(item: ComposeItem, fields: KindBlockFields): Promise<InsertResult> {
  return insertBlock(item, buildKindBlock(fields));
}
