/**
 * The bundled examples (examples/*, run by `npm run check:examples`) with the report each one
 * is written to get. They double as a small held-out check of the judgement.
 */
import { promises as fsp } from "fs";
import * as path from "path";
import { runCli } from "../../src/cli/run";
import type { Report } from "../../src/checker/types";

const EXAMPLES = path.join(__dirname, "../../examples");

const expected: Record<string, Pick<Report, "kind" | "verdict">> = {
  "01-vague-reply-first-batch.txt": { kind: "first-lot", verdict: "vague" },
  "02-clean-first-lot.eml": { kind: "first-lot", verdict: "clean" },
  "03-missing-approver.txt": { kind: "first-lot", verdict: "incomplete" },
  "04-sample-only-approval.txt": { kind: "sample-only", verdict: "clean" },
  "05-tracking-question.txt": { kind: "not-a-release", verdict: "not-a-release" },
  "06-full-production-signoff.eml": { kind: "full-production", verdict: "clean" },
  "07-bullet-list-release.html": { kind: "first-lot", verdict: "clean" },
  "08-payment-trigger.txt": { kind: "payment-trigger", verdict: "clean" },
};

async function check(file: string): Promise<{ code: number; report: Report }> {
  let out = "";
  const code = await runCli(["check", "--json", path.join(EXAMPLES, file)], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    stdin: async () => Buffer.alloc(0),
    isTTY: false,
    readFile: (p) => fsp.readFile(p),
  });
  return { code, report: JSON.parse(out) as Report };
}

describe("the bundled examples", () => {
  it("are exactly the files listed here", async () => {
    expect((await fsp.readdir(EXAMPLES)).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s gets %j", async (file, want) => {
    const { code, report } = await check(file);
    expect({ kind: report.kind, verdict: report.verdict }).toEqual(want);
    expect(code).toBe(want.verdict === "clean" || want.verdict === "not-a-release" ? 0 : 1);
  });

  it("names the missing approver in 03 and nothing else", async () => {
    const { report } = await check("03-missing-approver.txt");
    expect(report.details.approver.status).toBe("missing");
    expect([report.details.lot, report.details.balance, report.details.trigger, report.details.revisionMaterial].map((d) => d.status)).toEqual([
      "present",
      "present",
      "present",
      "present",
    ]);
    expect(report.quantities).toMatchObject({ released: 48, onHold: 152 });
  });

  it("reads the quantities of the clean .eml release", async () => {
    const { report } = await check("02-clean-first-lot.eml");
    expect(report.quantities).toMatchObject({ released: 30, onHold: 220, total: 250 });
  });
});
