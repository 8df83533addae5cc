/**
 * Reads Office's theme colours for the task pane. The only Office.js access the pane's theming
 * needs; guarded so it returns null outside an Office host (plain browser, preview page, tests).
 */

/** The parts of `Office.context.officeTheme` the pane uses to pick a Fluent theme. */
export interface OfficeThemeInfo {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  /** Present in newer clients; preferred over guessing from the colours. */
  isDarkTheme?: boolean;
}

/**
 * The host's theme, or null when Office.js is not loaded or the host does not expose a theme.
 * @example
 * readOfficeTheme() //=> { bodyBackgroundColor: "#1f1f1f", isDarkTheme: true } in dark Outlook
 */
export function readOfficeTheme(): OfficeThemeInfo | null {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const theme = office?.context?.officeTheme;
    if (!theme) return null;
    const info: OfficeThemeInfo = {};
    if (typeof theme.bodyBackgroundColor === "string") info.bodyBackgroundColor = theme.bodyBackgroundColor;
    if (typeof theme.bodyForegroundColor === "string") info.bodyForegroundColor = theme.bodyForegroundColor;
    if (typeof theme.isDarkTheme === "boolean") info.isDarkTheme = theme.isDarkTheme;
    return info;
  } catch {
    // Office.context throws when read before Office.onReady in some hosts; no theme then.
    return null;
  }
}
