/** Cue patterns more than one rule reads. */
import { re, tailClause } from "../patterns";

/** A reference to what comes after this release: lot 2, lot B, the next window, production. */
export const NEXT_REF = re(
  "\\b(?:(?:lots?|batch|batches|charge|tranche)\\s*(?:[2-9]|1\\d|two|three|four|five|ii|iii|iv|[b-h]\\d?)\\b|lots\\s+[b-z]\\b|[B-Z]2\\b|(?:next|further|second|subsequent|following)[\\s-]+(?:lot|release|batch|window|delivery|slot|stage|call-?off|decision|step)s?\\b|release\\s*(?:2|two)\\b|window\\s*[2-9]\\b|anything (?:after|beyond)\\b|production\\b|restart\\b|the (?:rest|balance|remainder)\\b|remaining\\b|any further\\b)",
);

/** Words that grant or exercise authority over a release. */
export const AUTHORITY = re(
  "\\b(?:approv(?:e|es|al|er|ed by|ing)|release[sd]?\\s+(?:only\\s+)?by|can release|will release|may release|releases\\b|release:|decides?\\b|decided\\b|decide on|decision|signs?\\s+off|sign-off|signature|'s call|\u2019s call|'s ok|\u2019s ok|owns|authority|authori[sz](?:ed|es|ation)|responsible for|will send (?:you )?(?:the|that)?\\s*(?:production )?release|needs? (?:a )?(?:written )?(?:release|approval|ok|go-ahead|sign-off) from|in writing|(?:release|approval|go-ahead|ok|sign-off) (?:will )?comes? from)",
);

const NEGATION = re("\\b(?:not|never|no|nothing|without|neither|nor)\\b|n't\\b|\\bdon\u2019t\\b");
const REPORTED = re(
  "\\b(?:you said|you told|you wrote|as you said|he said|she said|they said|you asked|asked (?:us|me|whether|if)|you suggested|your note said|was told|were told|last time you|you mentioned|mentioned that)\\b",
);

/** A negation in the words just before a phrase, in the same clause (within about 30 characters). */
export function negatedBefore(before: string): boolean {
  return NEGATION.test(tailClause(before, ",;.", 40));
}

/** Reported speech just before a phrase, in the same sentence: someone else's words, not this instruction. */
export function reportedBefore(before: string): boolean {
  return REPORTED.test(tailClause(before, ".", 80));
}

/** People: two capitalised words ("Fenna Achterberg"), or "Dr. X Y". */
export const PERSON = re(
  "\\b(?:(?:Dr|Mr|Ms|Mrs)\\.? )?[A-Z\u00c0-\u00de][a-z\u00df-\u024f'\u2019-]+(?: (?:van|de|der|von|da|di|le|la|del|bin|al|ter|ten)){0,2} [A-Z\u00c0-\u00de][a-z\u00df-\u024f'\u2019-]+",
  "g",
);

/** Roles that can hold release authority. */
export const ROLE = re(
  "\\b(?:(?:head|director|vp|vice president) of [a-z&]+(?: [a-z]+)?|(?:purchasing|procurement|quality|operations|supply chain|materials planning|materials|programme|program|project|product|production|test lab|facilities|commercial|sourcing|regional supply|supply|fleet engineering|engineering|plant|site|category|regulatory|logistics|manufacturing|planning|qe|qa|qc|r&d)(?: ?(?:&|and) ?[a-z]+)? (?:manager|lead|director|head|planner|engineer|buyer|officer|supervisor|team lead|controller)|(?:programme|program|project|senior|lead) buyer|\\bbuyer\\b|purchasing|procurement|coo|ceo|cto|cfo|plant manager|(?:qe|qa|qc) lead)\\b",
  "i",
);

/** Words that leave the next step with nobody in particular. */
export const WE_WORDS = re("\\b(?:we|we'll|we\u2019ll|we will|us|our side|someone|somebody|the team|our team|one of us)\\b", "i");

/** First words of capitalised pairs that are not people. */
export const NOT_A_NAME = new Set([
  "Lot", "Lots", "Release", "Window", "Purchasing", "Quality", "Our", "The", "Production", "Next", "Approver", "Who",
  "Both", "Line", "Manager", "Head", "Programme", "Program", "Materials", "Test", "Operations", "Supply", "Commercial",
  "Facilities", "Sourcing", "Regional", "Fleet", "Product", "Dear", "Hi", "Hello", "Thanks", "Regards", "Best",
  "Kind", "Many", "Accounts", "Payable", "Payment", "Restart", "Please", "Revision", "Material", "Order", "Balance",
  "Held", "On", "Not", "What", "Lab", "Mechanical", "Senior", "Head", "Plant", "Site", "Customer", "If", "When", "Once",
  "Only", "Engineering", "Project", "Category", "Regulatory", "Logistics", "Technical", "Signed", "Sent", "From",
]);
