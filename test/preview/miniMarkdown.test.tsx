/** @jest-environment jsdom */
import * as React from "react";
import { render } from "@testing-library/react";
import { renderMiniMarkdown } from "../../src/preview/miniMarkdown";

function html(markdown: string): string {
  return render(<div>{renderMiniMarkdown(markdown)}</div>).container.firstElementChild!.innerHTML;
}

describe("renderMiniMarkdown", () => {
  it("renders a bold lead and a bulleted list separated by CR", () => {
    expect(html("**Vague release**\n\n- **go ahead** is vague\r- name the approver\r")).toBe(
      "<p><strong>Vague release</strong></p><ul><li><strong>go ahead</strong> is vague</li><li>name the approver</li></ul>",
    );
  });
  it("keeps escaped characters literal", () => {
    expect(html("rev \\*C7\\* and a\\_b")).toBe("<p>rev *C7* and a_b</p>");
  });
  it("never turns text into markup", () => {
    expect(html("<img src=x onerror=alert(1)> *ok*")).toBe("<p>&lt;img src=x onerror=alert(1)&gt; <em>ok</em></p>");
  });
});
