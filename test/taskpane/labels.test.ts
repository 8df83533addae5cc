import { DEFAULT_POLICY_URL, POLICY_ERROR_LEAD as LOADER_LEAD } from "../../src/policy/load-browser";
import { POLICY_ERROR_LEAD } from "../../src/taskpane/labels";
import * as fs from "fs";
import * as path from "path";

describe("the pane's policy words", () => {
  it("uses the same lead before a policy error as the policy loader documents", () => {
    expect(POLICY_ERROR_LEAD).toBe(LOADER_LEAD);
  });

  it("names the same policy file in its own messages as the loader reads", () => {
    const index = fs.readFileSync(path.join(__dirname, "..", "..", "src", "taskpane", "index.tsx"), "utf8");
    expect(index).toContain(`const POLICY_FILE = "${DEFAULT_POLICY_URL}";`);
  });
});
