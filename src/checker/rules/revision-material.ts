/**
 * revisionMaterial (R1): the technical package of what starts now — a file revision AND a material.
 * Vague when only one is named or either is fuzzy ("latest file", "same material as last time");
 * missing when neither is named. A colour alone is no material.
 */
import type { Context } from "../context";
import type { RuleMeta } from "../messages";
import type { DetailResult, DetailRule, State } from "./detail";

export const meta: RuleMeta = {
  type: "detail",
  description: "The file revision and the material of the released lot",
  messages: {
    present: "Technical package named: {{revision}}, {{material}}.",
    fuzzy: "\u201c{{phrase}}\u201d does not pin the technical package: name the revision and the material.",
    materialOnly: "Material named ({{material}}), revision missing.",
    revisionOnly: "Revision named ({{revision}}), material missing.",
    missing: "Name the file revision and the material (with colour) for this lot.",
  },
};

export const rule: DetailRule = {
  id: "revision-material",
  detail: "revisionMaterial",
  meta,
  check(ctx: Context, _state: State): DetailResult {
    const { revisions, materials, fuzzy } = ctx.technical;
    if (fuzzy.length) {
      return { status: "vague", evidence: fuzzy.concat(revisions, materials).sort((a, b) => a.range[0] - b.range[0]), messageId: "fuzzy", data: { phrase: fuzzy[0].text } };
    }
    if (revisions.length && materials.length) {
      return { status: "present", evidence: [revisions[0], materials[0]], messageId: "present", data: { revision: revisions[0].text, material: materials[0].text } };
    }
    if (materials.length) return { status: "vague", evidence: materials.slice(0, 1), messageId: "materialOnly", data: { material: materials[0].text } };
    if (revisions.length) return { status: "vague", evidence: revisions.slice(0, 1), messageId: "revisionOnly", data: { revision: revisions[0].text } };
    return { status: "missing", evidence: [], messageId: "missing" };
  },
};
