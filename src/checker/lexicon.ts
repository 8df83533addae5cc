/**
 * Data tables: the words the checker knows. Kept as data so an organisation's policy can add to
 * them (materials, units) and so rules stay free of scattered literals.
 */

/** Units a lot quantity may carry. */
export const UNITS: readonly string[] = ["pcs", "pc", "pieces", "piece", "parts", "part", "units", "unit", "ea", "each", "off"];

/** Number words, for "thirty (30)", "a dozen", "one hundred and twenty". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** 3D-printing materials. Acronyms are matched case-sensitively (so "pc" the unit is not "PC" the polymer). */
export const MATERIAL_ACRONYMS: readonly string[] = [
  "PETG", "PLA", "ABS", "ASA", "TPU", "TPE", "TPC", "PA6", "PA11", "PA12", "PA", "PC", "PEEK", "PEKK", "PEI",
  "PP", "HIPS", "PVA", "PVB", "PCTG", "PPS", "PPSU", "PMMA", "ULTEM", "CF-PETG", "CF-PA12", "CF-nylon",
  "GF-PA12", "PA12-GF", "PA12-CF", "HP PA12", "MJF", "SLS", "SLA", "DLP", "FDM", "FFF", "316L", "17-4PH", "Ti64", "AlSi10Mg",
];

/** Material words matched case-insensitively. */
export const MATERIAL_WORDS: readonly string[] = [
  "nylon", "polyamide", "polycarbonate", "polypropylene", "resin", "photopolymer", "carbon fibre", "carbon fiber",
  "glass-filled", "glass filled", "stainless steel", "titanium", "aluminium", "aluminum", "inconel", "copper",
  "elastomer", "silicone", "wax", "ceramic", "tough resin", "clear resin", "grey resin", "gray resin", "white resin",
  "black resin", "dental resin", "castable resin", "flexible resin", "ultem", "petg", "pla", "peek",
];

/** Process acronyms are not materials by themselves. */
export const PROCESS_ONLY: readonly string[] = ["MJF", "SLS", "SLA", "DLP", "FDM", "FFF"];

/** Colours and finishes: alone they are no material (R1), beside one they describe it. */
export const COLOURS_AND_FINISHES: readonly string[] = [
  "black", "white", "grey", "gray", "natural", "clear", "translucent", "transparent", "red", "blue", "green",
  "yellow", "orange", "light grey", "dark grey", "matte", "matt", "glossy", "textured", "dyed", "polished",
  "vapour smoothed", "vapor smoothed", "bead blasted", "sanded", "raw",
];

/** Events a shop can see happen: the heart of a present trigger (T1). */
export const EVENT_WORDS: readonly string[] = [
  "test", "tests", "tested", "testing", "inspection", "inspected", "report", "install", "installed", "installation",
  "fit", "fitted", "fitting", "feedback", "review", "reviewed", "sign-off", "signoff", "signed", "signs off",
  "approval", "approved", "approves", "trial", "panel", "meeting", "invoice", "payment", "paid", "pays", "clears",
  "cleared", "received", "receipt", "acceptance", "accepted", "validation", "validated", "verification", "verified",
  "ECN", "ECO", "audit", "measured", "measures", "results", "hours", "cycles", "rig", "bench", "completed",
  "complete", "passed", "passes", "pass", "delivered", "delivery", "arrival", "arrives", "arrived", "confirmed",
  "confirms", "confirmation", "milestone", "withdrawn", "S&OP", "qualification", "qualified", "certificate",
  "CMM", "FAI", "PPAP", "purchasing decision", "purchasing call", "written decision", "written release", "written approval", "run", "burst", "leak", "immersion", "drop test", "is back",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
];

/** Conditions nobody can observe or date (T1 vague). */
export const FUZZY_CONDITIONS: readonly string[] = [
  "calmer", "budget looks", "how the budget", "firms up", "we'll see", "we will see", "happy with", "is happy",
  "are happy", "ready", "when we're ready", "later", "we will tell you", "we'll tell you", "in due course",
  "sort it", "sort out", "can sort", "until it is needed", "until needed", "when needed", "pending later release",
  "how it lands", "how it goes", "how things go", "feel comfortable", "comfortable", "once that's settled", "that's settled", "that is settled", "it's settled", "things settle",
  "once it's settled", "once things settle", "when things settle", "at some point", "eventually", "soon",
  "once the schedule", "when the schedule",
];

/** Words that make a released figure approximate (V4). */
export const APPROXIMATORS: readonly string[] = [
  "roughly", "about", "around", "approximately", "approx", "circa", "ca.", "~", "some", "up to", "at least",
  "or so", "give or take", "more or less", "anywhere between", "somewhere between", "between",
];
