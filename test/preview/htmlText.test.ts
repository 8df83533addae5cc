/** @jest-environment jsdom */
import { htmlToText, textToHtml } from "../../src/preview/htmlText";
import { createEditorHost } from "../../src/preview/editorHost";

function textOf(html: string): string {
  const div = document.createElement("div");
  div.innerHTML = html;
  return htmlToText(div);
}

describe("htmlToText", () => {
  it.each([
    ["empty", "", ""],
    ["Outlook-style lines", "<div>Hi Marco,</div><div><br></div><div>Go ahead.</div>", "Hi Marco,\n\nGo ahead."],
    ["paragraphs get a blank line", "<p>One</p><p>Two</p>", "One\n\nTwo"],
    ["a <br> ending a block adds no line", "<div>a<br></div><div>b</div>", "a\nb"],
    ["line breaks inside a block", "Dana Ortiz<br>Purchasing", "Dana Ortiz\nPurchasing"],
    ["source whitespace collapses", "<div>\n  Approve   lot 1\n</div>\n<div>for 25 units</div>", "Approve lot 1\nfor 25 units"],
    ["&nbsp; is a space", "<div>25&nbsp;units</div>", "25 units"],
    ["list items are lines", "<ul><li>lot 1: 25 units</li><li>hold 125</li></ul>", "lot 1: 25 units\nhold 125"],
    ["inline formatting is kept as text", "<div>Approve <b>lot 1</b> for <i>25</i> units</div>", "Approve lot 1 for 25 units"],
    ["scripts and styles are not text", "<style>p{}</style><div>x</div><script>y()</script>", "x"],
    ["a rule is Outlook's underscore line", "<div>Dana</div><hr><div><b>From:</b> Marco</div>", "Dana\n________________________________\nFrom: Marco"],
    ["table cells are tab-separated", "<table><tr><td>Lot</td><td>25</td></tr></table>", "Lot\t25"],
  ])("%s", (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});

describe("textToHtml", () => {
  it("escapes and keeps empty lines", () => {
    expect(textToHtml("a <b>\n\n& c")).toBe("<div>a &lt;b&gt;</div><div><br></div><div>&amp; c</div>");
  });
  it("round-trips through htmlToText", () => {
    const text = "Hi Marco,\n\nApprove lot 1 for 25 units.\nThanks,\nDana";
    expect(textOf(textToHtml(text))).toBe(text);
  });
});

describe("editor host", () => {
  it("switches HTML to plain text keeping the visible text, and back", () => {
    const host = createEditorHost(document);
    const container = document.createElement("div");
    document.body.replaceChildren(container);
    host.mount(container);
    host.load("<div>Hi <b>Marco</b>,</div><div><br></div><div>Lot 1: 25 units</div>", "html");
    expect(container.firstChild).toBe(host.htmlEditor);
    const changes = jest.fn();
    host.onChange(changes);
    host.setMode("text");
    expect(container.firstChild).toBe(host.textEditor);
    expect(host.getType()).toBe("text");
    expect(host.textEditor.value).toBe("Hi Marco,\n\nLot 1: 25 units");
    host.setMode("html");
    expect(host.getText()).toBe("Hi Marco,\n\nLot 1: 25 units");
    expect(changes).toHaveBeenCalledTimes(2);
    expect(host.hadFocus).toBe(false);
  });

  it("labels the editor for assistive technology and tests", () => {
    const host = createEditorHost(document);
    expect(host.htmlEditor.getAttribute("aria-label")).toBe("Message body");
    expect(host.htmlEditor.getAttribute("role")).toBe("textbox");
    expect(host.textEditor.getAttribute("data-testid")).toBe("body-editor");
  });
});
