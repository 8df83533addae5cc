/**
 * `release-guard check [--json] [--kind KIND] [--policy FILE] FILE...` as a function of its
 * arguments and its surroundings, so tests run it without a process, files or a terminal.
 * See shared/design/report-format.md, "Command line".
 */
import { analyze as defaultAnalyze } from "../checker";
import { RELEASE_KINDS } from "../checker/types";
import type { AnalyzeOptions, Policy, ReleaseKind, Report } from "../checker/types";
import { loadPolicyFile as defaultLoadPolicyFile } from "../policy/load-node";
import { COLOUR, PLAIN, formatHuman, formatSummary } from "./format";
import type { Tally } from "./format";
import { decodeInput } from "./input";

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** The whole of standard input, read when a `-` argument asks for it. */
  stdin: () => Promise<Buffer>;
  /** Whether stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  isTTY: boolean;
  readFile: (path: string) => Promise<Buffer>;
  /** Environment variables; only NO_COLOR is read. Defaults to none. */
  env?: Record<string, string | undefined>;
}

export interface CliDeps {
  analyze: (text: string, options?: AnalyzeOptions) => Report;
  loadPolicyFile: (path: string) => { ok: true; policy: Policy } | { ok: false; message: string };
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

export const USAGE = `Usage: release-guard check [--json] [--kind KIND] [--policy FILE] FILE...

Checks staged-production release e-mails: does each one release a first lot clearly
(lot, balance, trigger, revision + material, approver), or will the print shop have to guess?

Inputs   .txt (UTF-8, as is), .html/.htm (a message body), .eml (a whole message).
         Other names are recognised by their content. "-" reads standard input.
Options  --json           one JSON report per input per line (JSON Lines), with a "file" field
         --kind KIND      judge every input as this kind instead of the detected one:
                          ${RELEASE_KINDS.slice(0, 4).join(", ")},
                          ${RELEASE_KINDS.slice(4).join(", ")}
         --policy FILE    a JSON policy (required details, banned phrases, approvers, …)
         -h, --help       show this help
Output   per input: verdict, kind, the five details with quoted evidence, findings with
         suggestions; positions are line:column in the analyzed text (for .html and .eml,
         the text they were converted to).
Exit     0 every input is clean or not a release, 1 some input is incomplete or vague,
         2 usage error or an unreadable input (the other inputs are still checked).
`;

interface ParsedArgs {
  json: boolean;
  kind?: ReleaseKind;
  policyPath?: string;
  files: string[];
  help: boolean;
}

class UsageError extends Error {}

function parseCheckArgs(args: string[]): ParsedArgs {
  const parsed: ParsedArgs = { json: false, files: [], help: false };
  let optionsDone = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (optionsDone || arg === "-" || !arg.startsWith("-")) {
      parsed.files.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsDone = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq !== -1 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = args[i + 1];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case "--json":
        if (inline !== undefined) throw new UsageError("--json takes no value");
        parsed.json = true;
        break;
      case "--kind": {
        const kind = value();
        if (!(RELEASE_KINDS as readonly string[]).includes(kind)) {
          throw new UsageError(`unknown kind "${kind}" (expected one of: ${RELEASE_KINDS.join(", ")})`);
        }
        parsed.kind = kind as ReleaseKind;
        break;
      }
      case "--policy":
        parsed.policyPath = value();
        break;
      case "-h":
      case "--help":
        parsed.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  return parsed;
}

function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Runs the command line and resolves with its exit status; never throws for bad input.
 *
 * @example await runCli(["check", "--json", "po-4512.eml"], io) //=> 1 (the release is vague)
 */
export async function runCli(argv: readonly string[], io: CliIO, deps: Partial<CliDeps> = {}): Promise<number> {
  const analyze = deps.analyze ?? defaultAnalyze;
  const loadPolicyFile = deps.loadPolicyFile ?? defaultLoadPolicyFile;
  const usageError = (message: string): number => {
    io.stderr.write(`release-guard: ${message}\n\n${USAGE}`);
    return EXIT.error;
  };

  const [command, ...rest] = argv;
  if (command === undefined) return usageError("no command given");
  if (command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (command !== "check") return usageError(`unknown command "${command}"`);

  let args: ParsedArgs;
  try {
    args = parseCheckArgs(rest);
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message);
    throw e;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (args.files.length === 0) return usageError("no files to check");

  const options: AnalyzeOptions = {};
  if (args.kind) options.kind = args.kind;
  if (args.policyPath !== undefined) {
    const loaded = loadPolicyFile(args.policyPath);
    if (!loaded.ok) {
      io.stderr.write(`release-guard: ${loaded.message}\n`);
      return EXIT.error;
    }
    options.policy = loaded.policy;
  }

  const noColor = io.env?.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  const paint = io.isTTY && !noColor ? COLOUR : PLAIN;
  const tally: Tally = { clean: 0, incomplete: 0, vague: 0, "not-a-release": 0, unreadable: 0 };
  let stdinBytes: Promise<Buffer> | undefined;
  let first = true;

  for (const file of args.files) {
    const display = file === "-" ? "<stdin>" : file;
    let bytes: Buffer;
    try {
      bytes = file === "-" ? await (stdinBytes ??= io.stdin()) : await io.readFile(file);
    } catch (e) {
      io.stderr.write(`release-guard: ${display}: cannot read: ${errnoReason(e)}\n`);
      tally.unreadable++;
      continue;
    }
    const decoded = await decodeInput(file === "-" ? "" : file, bytes);
    if (!decoded.ok) {
      io.stderr.write(`release-guard: ${display}: cannot check: ${decoded.reason}\n`);
      tally.unreadable++;
      continue;
    }
    let report: Report;
    try {
      report = analyze(decoded.text, options);
    } catch (e) {
      // analyze promises never to throw; if it does, report it as this input's failure, not a crash.
      io.stderr.write(`release-guard: ${display}: the checker failed: ${e instanceof Error ? e.message : String(e)}\n`);
      tally.unreadable++;
      continue;
    }
    tally[report.verdict]++;
    if (args.json) {
      io.stdout.write(`${JSON.stringify({ file, ...report })}\n`);
    } else {
      io.stdout.write(`${first ? "" : "\n"}${formatHuman(display, report, decoded.text, paint)}\n`);
      first = false;
    }
  }

  if (!args.json) io.stdout.write(`${first ? "" : "\n"}${formatSummary(tally, paint)}\n`);
  if (tally.unreadable > 0) return EXIT.error;
  if (tally.incomplete > 0 || tally.vague > 0) return EXIT.findings;
  return EXIT.ok;
}
