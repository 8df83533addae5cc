// Browser scenarios load a page, type and wait for the pane: give each test a minute (jest's default is 5 s).
// Set here because jest 30 reads `testTimeout` only from the top-level config, not from a project.
jest.setTimeout(60_000);
export {};
