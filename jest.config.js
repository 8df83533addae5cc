const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
};

/** @type {import('jest').Config} */
const unit = {
  displayName: "unit",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The browser tests are their own project below.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform,
  moduleNameMapper: {
    // office-addin-mock pulls an ESM-only strip-bom through office-addin-manifest's index; see shared/design/toolchain.md
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  setupFiles: ["<rootDir>/test/setup/env.ts"],
};

/**
 * Browser tests: Debian's Chromium driven by playwright-core against the built preview page.
 * The global setup builds the add-in once and serves it on a free 127.0.0.1 port; the teardown
 * stops the server. All scenarios live in one file, so they run one after another in one browser.
 * Only these:  npx jest --selectProjects e2e
 */
/** @type {import('jest').Config} */
const e2e = {
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform,
  globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/test/e2e/support/timeout.ts"],
  slowTestThreshold: 30,
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [unit, e2e],
};
