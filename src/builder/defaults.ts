/**
 * The buyer's saved defaults (approver, material, unit), kept in roaming settings under one key.
 * Small by construction (four short strings, far inside Outlook's 32 KB), and tolerant of
 * whatever an older version or another device left under the key.
 */
import type { SettingsStore } from "../office/types";
import type { BuilderDefaults } from "./types";

/** The one roaming-settings key the builder uses. */
export const DEFAULTS_KEY = "releaseGuard.builderDefaults";

/** Each saved value is cut to this many characters, so the setting stays tiny. */
export const MAX_DEFAULT_LENGTH = 200;

const KEYS: readonly (keyof BuilderDefaults)[] = ["approverName", "approverRole", "material", "unit"];

interface StoredDefaults extends BuilderDefaults {
  v: 1;
}

/** Keeps only non-empty strings, trimmed and cut to {@link MAX_DEFAULT_LENGTH}. */
export function cleanDefaults(value: unknown): BuilderDefaults {
  const out: BuilderDefaults = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  const record = value as Record<string, unknown>;
  for (const key of KEYS) {
    const v = record[key];
    if (typeof v === "string" && v.trim() !== "") out[key] = v.trim().slice(0, MAX_DEFAULT_LENGTH);
  }
  return out;
}

/**
 * The saved defaults, or `{}` when there are none, the store is missing, or what is stored is
 * not what this version wrote (a string, a number, JSON text, a newer shape: whatever is usable is kept).
 */
export function loadDefaults(settings: SettingsStore | null): BuilderDefaults {
  if (!settings) return {};
  let raw: unknown;
  try {
    raw = settings.get(DEFAULTS_KEY);
  } catch {
    return {};
  }
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return {};
    }
  }
  return cleanDefaults(raw);
}

/** True when there is at least one saved value. */
export function hasDefaults(defaults: BuilderDefaults): boolean {
  return KEYS.some((k) => typeof defaults[k] === "string" && defaults[k] !== "");
}

/** Saves the defaults (only the four known values) and persists them. Rejects when Outlook cannot save. */
export async function saveDefaults(settings: SettingsStore, defaults: BuilderDefaults): Promise<BuilderDefaults> {
  const clean = cleanDefaults(defaults);
  const stored: StoredDefaults = { v: 1, ...clean };
  settings.set(DEFAULTS_KEY, stored);
  await settings.save();
  return clean;
}

/** Removes the saved defaults and persists the removal. */
export async function forgetDefaults(settings: SettingsStore): Promise<void> {
  settings.remove(DEFAULTS_KEY);
  await settings.save();
}
