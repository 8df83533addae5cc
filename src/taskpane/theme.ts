/**
 * Which Fluent theme the task pane uses: the preview's override, else Windows high contrast,
 * else Office's own theme (dark or light). The choice is a pure function so it is testable.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeInfo } from "../office/theme";

export type ThemeName = "light" | "dark" | "hc";

export const THEME_NAMES: readonly ThemeName[] = ["light", "dark", "hc"];

export interface ThemeInputs {
  /** A forced theme, e.g. the preview page's `?theme=` parameter; ignored unless a ThemeName. */
  override?: string | null;
  /** `window.matchMedia("(forced-colors: active)").matches`. */
  forcedColors?: boolean;
  /** Office's theme, or null outside Office. */
  officeTheme?: OfficeThemeInfo | null;
}

/** Parses `#rgb`, `#rrggbb` (with or without `#`) into 0–255 channels, or null. */
export function parseHexColor(color: string): [number, number, number] | null {
  const hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    return [0, 1, 2].map((i) => parseInt(hex[i]! + hex[i]!, 16)) as [number, number, number];
  }
  if (/^[0-9a-f]{6}$/i.test(hex)) {
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  }
  return null;
}

/** WCAG relative luminance (0 = black, 1 = white) of a hex colour, or null when unparseable. */
export function relativeLuminance(color: string): number | null {
  const rgb = parseHexColor(color);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === "string" && (THEME_NAMES as readonly string[]).includes(value);
}

/**
 * Picks the pane's theme.
 * @example
 * chooseThemeName({ officeTheme: { bodyBackgroundColor: "#1f1f1f" } }) //=> "dark"
 * chooseThemeName({ forcedColors: true }) //=> "hc"
 * chooseThemeName({ override: "dark", forcedColors: true }) //=> "dark"
 */
export function chooseThemeName(inputs: ThemeInputs): ThemeName {
  const override = inputs.override?.trim().toLowerCase();
  if (isThemeName(override)) return override;
  if (inputs.forcedColors) return "hc";
  const office = inputs.officeTheme;
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const background = office.bodyBackgroundColor ? relativeLuminance(office.bodyBackgroundColor) : null;
    const foreground = office.bodyForegroundColor ? relativeLuminance(office.bodyForegroundColor) : null;
    // Light text on a darker background is a dark theme, whatever the exact shades.
    if (background !== null && foreground !== null && background !== foreground) {
      return background < foreground ? "dark" : "light";
    }
    // Background alone: darker than mid grey (L* 50 ≈ luminance 0.18) reads as dark.
    if (background !== null) return background < 0.18 ? "dark" : "light";
  }
  return "light";
}

/** The Fluent UI v9 theme object for a theme name. */
export function fluentTheme(name: ThemeName): Theme {
  switch (name) {
    case "dark":
      return webDarkTheme;
    case "hc":
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}

/** Whether the OS asks for forced colours (Windows high contrast); false where matchMedia is absent. */
export function forcedColorsActive(win: Pick<Window, "matchMedia"> | undefined = typeof window === "undefined" ? undefined : window): boolean {
  try {
    return Boolean(win?.matchMedia?.("(forced-colors: active)").matches);
  } catch {
    return false;
  }
}
