import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { chooseThemeName, fluentTheme, forcedColorsActive, parseHexColor, relativeLuminance } from "../../src/taskpane/theme";
import { readOfficeTheme } from "../../src/office/theme";

describe("chooseThemeName", () => {
  it.each([
    ["no Office theme, no forced colours", {}, "light"],
    ["Office's white theme", { officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" } }, "light"],
    ["Office's black theme", { officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" } }, "dark"],
    ["a dark grey theme with light text", { officeTheme: { bodyBackgroundColor: "#666666", bodyForegroundColor: "#f0f0f0" } }, "dark"],
    ["only a dark background", { officeTheme: { bodyBackgroundColor: "#1f1f1f" } }, "dark"],
    ["only a light background, short hex", { officeTheme: { bodyBackgroundColor: "#eee" } }, "light"],
    ["isDarkTheme wins over the colours", { officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#ffffff" } }, "dark"],
    ["an unparseable colour", { officeTheme: { bodyBackgroundColor: "rgb(0,0,0)" } }, "light"],
    ["forced colours", { forcedColors: true, officeTheme: { bodyBackgroundColor: "#262626" } }, "hc"],
    ["the preview's override", { override: "dark", forcedColors: true }, "dark"],
    ["an override in capitals", { override: " HC " }, "hc"],
    ["an unknown override is ignored", { override: "sepia", officeTheme: { isDarkTheme: true } }, "dark"],
    ["a null Office theme", { officeTheme: null }, "light"],
  ] as const)("%s → %s", (_name, inputs, expected) => {
    expect(chooseThemeName(inputs)).toBe(expected);
  });
});

describe("theme helpers", () => {
  it("maps names to Fluent's web and high-contrast themes", () => {
    expect(fluentTheme("light")).toBe(webLightTheme);
    expect(fluentTheme("dark")).toBe(webDarkTheme);
    expect(fluentTheme("hc")).toBe(teamsHighContrastTheme);
  });

  it("parses hex colours and computes luminance", () => {
    expect(parseHexColor("#0a0B0c")).toEqual([10, 11, 12]);
    expect(parseHexColor("fff")).toEqual([255, 255, 255]);
    expect(parseHexColor("#ggg")).toBeNull();
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
  });

  it("reads forced colours from matchMedia, and is false without it", () => {
    const matchMedia = jest.fn((query: string) => ({ matches: query === "(forced-colors: active)" }) as MediaQueryList);
    expect(forcedColorsActive({ matchMedia })).toBe(true);
    expect(matchMedia).toHaveBeenCalledWith("(forced-colors: active)");
    expect(forcedColorsActive({ matchMedia: () => ({ matches: false }) as MediaQueryList })).toBe(false);
    expect(forcedColorsActive(undefined)).toBe(false);
  });
});

describe("readOfficeTheme", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  it("is null outside Office", () => {
    expect(readOfficeTheme()).toBeNull();
  });

  it("returns the host's colours and dark flag", () => {
    g.Office = { context: { officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", isDarkTheme: true, themeId: "x" } } };
    expect(readOfficeTheme()).toEqual({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", isDarkTheme: true });
  });

  it("is null when reading the context throws", () => {
    g.Office = {
      get context(): never {
        throw new Error("Office.context is not ready");
      },
    };
    expect(readOfficeTheme()).toBeNull();
  });
});
