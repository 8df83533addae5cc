/** What a detail rule returns, before the message template is filled. */
import type { Context } from "../context";
import type { MessageData, RuleMeta } from "../messages";
import type { DetailKey, DetailStatus, Evidence, ReleaseKind } from "../types";
import type { VagueHit } from "./vague-release";
import type { RoledQuantity } from "../facts";

export interface DetailResult {
  status: DetailStatus;
  evidence: Evidence[];
  messageId: string;
  data?: MessageData;
}

/** Figures the rules agree on, combined once per analysis. */
export interface Figures {
  released: number | null;
  onHold: number | null;
  total: number | null;
  releasedToDate: number | null;
  done: number | null;
  unit: string | null;
  /** Released figures that are approximate ("roughly two dozen"). */
  approximate: RoledQuantity[];
}

export interface State {
  kind: ReleaseKind;
  vague: VagueHit[];
  figures: Figures;
  /** Set by quantity-arithmetic when released + held does not make the order. */
  mismatch: boolean;
  /** Set when the released figure contradicts what is open (full release of "everything still open"). */
  lotConflict: boolean;
}

export interface DetailRule {
  id: string;
  detail: DetailKey;
  meta: RuleMeta;
  check(ctx: Context, state: State): DetailResult;
}

export function quantityEvidence(ctx: Context, qs: readonly RoledQuantity[]): Evidence[] {
  return qs.map((q) => ({ range: [q.start, q.end] as [number, number], text: ctx.text.slice(q.start, q.end) }));
}

/** Widens a quantity's evidence to "25 units" / "30 pcs" when a unit follows. */
export function withUnit(ctx: Context, q: RoledQuantity): Evidence {
  let end = q.end;
  if (q.unit) {
    const idx = ctx.text.slice(q.end, q.end + 3 + q.unit.length).toLowerCase().indexOf(q.unit);
    if (idx !== -1) end = q.end + idx + q.unit.length;
  }
  if (!q.unit && q.noun) {
    const idx = ctx.text.slice(q.end, q.end + 2 + q.noun.length).indexOf(q.noun);
    if (idx !== -1) end = q.end + idx + q.noun.length;
  }
  return { range: [q.start, end], text: ctx.text.slice(q.start, end) };
}
