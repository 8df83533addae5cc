/**
 * Type-level agreement between the policy schema's key lists and the Policy type in
 * src/checker/types.ts. Every `assertType<Equal<…>>()` fails to compile if the type changes;
 * test/policy/schema.test.ts compiles this file with the TypeScript compiler (jest itself only
 * transpiles) and compares the same lists with docs/policy.schema.json at run time.
 */
import type {
  DetailKey,
  Policy,
  PolicyApprover,
  PolicyBannedPhrase,
  ReleaseKind,
  Requirement,
  Severity,
} from "../../src/checker/types";

export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
export function assertType<T extends true>(): T | void {}

type SendCheck = NonNullable<Policy["sendCheck"]>;
type Requirements = NonNullable<Policy["requirements"]>;

export const POLICY_KEYS = ["requirements", "bannedPhrases", "approvers", "materials", "units", "sendCheck"] as const;
assertType<Equal<(typeof POLICY_KEYS)[number], keyof Policy>>();
assertType<Equal<RequiredKeys<Policy>, never>>();

export const BANNED_PHRASE_KEYS = ["phrase", "suggestion", "severity"] as const;
assertType<Equal<(typeof BANNED_PHRASE_KEYS)[number], keyof PolicyBannedPhrase>>();
assertType<Equal<RequiredKeys<PolicyBannedPhrase>, "phrase">>();
assertType<Equal<PolicyBannedPhrase["severity"], Severity | undefined>>();

export const APPROVER_KEYS = ["name", "role"] as const;
assertType<Equal<(typeof APPROVER_KEYS)[number], keyof PolicyApprover>>();
assertType<Equal<RequiredKeys<PolicyApprover>, "name">>();

assertType<Equal<PolicyBannedPhrase["phrase"] | PolicyBannedPhrase["suggestion"] | PolicyApprover["name"] | PolicyApprover["role"], string | undefined>>();
assertType<Equal<Policy["materials"], string[] | undefined>>();
assertType<Equal<Policy["units"], string[] | undefined>>();

export const REQUIREMENTS = ["required", "optional", "must-be-missing"] as const;
assertType<Equal<(typeof REQUIREMENTS)[number], Requirement>>();
assertType<Equal<keyof Requirements, ReleaseKind>>();
assertType<Equal<keyof NonNullable<Requirements[ReleaseKind]>, DetailKey>>();
assertType<Equal<NonNullable<NonNullable<Requirements[ReleaseKind]>[DetailKey]>, Requirement>>();
assertType<Equal<RequiredKeys<Requirements> | RequiredKeys<NonNullable<Requirements[ReleaseKind]>>, never>>();

export const SEVERITIES = ["error", "warning", "info"] as const;
assertType<Equal<(typeof SEVERITIES)[number], Severity>>();
assertType<Equal<keyof SendCheck, Severity>>();
assertType<Equal<RequiredKeys<SendCheck>, never>>();

export const REACTIONS = ["allow", "warn", "block"] as const;
assertType<Equal<(typeof REACTIONS)[number], NonNullable<SendCheck[Severity]>>>();

