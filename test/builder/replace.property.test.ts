/**
 * Properties of update-in-place on arbitrary surroundings: the HTML reader never throws, and a
 * replacement, when it happens, removes only the old block — never a word the buyer wrote around
 * it, never an inline image.
 */
import fc from "fast-check";
import { parseHtml, elementsOf } from "../../src/builder/html";
import { replaceBlockInHtml, replaceBlockInText } from "../../src/builder/replace";
import { newBlock, oldBlock } from "./fixtures";

const HTML_BITS = [
  "<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<span style=\"color:red\">", "</span>", "<o:p></o:p>",
  "&nbsp;", "&amp;", "<img src=\"cid:image001.png@01DA3C2B.5E8F1A20\">", "<!-- note -->", "<blockquote>", "</blockquote>",
  "<table><tr><td>", "</td></tr></table>", "<hr>", "<p class=\"MsoNormal\">", "\r\n", " ", "<", ">", "\"", "<style>p{}</style>",
];

/** Buyer words are numbered so a test can tell whether any of them was removed. */
const buyerWord = fc.integer({ min: 0, max: 999 }).map((n) => `word${n}x`);
const htmlAround = fc.array(fc.oneof(fc.constantFrom(...HTML_BITS), buyerWord), { maxLength: 25 }).map((a) => a.join(""));

function wordsIn(s: string): string[] {
  return s.match(/word\d+x/g) ?? [];
}

describe("update in place on arbitrary surroundings", () => {
  it("the HTML reader never throws and keeps every offset inside the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), htmlAround), (html) => {
        const root = parseHtml(html);
        for (const el of elementsOf(root)) {
          expect(0 <= el.start && el.start <= el.openEnd && el.openEnd <= el.closeStart && el.closeStart <= el.end && el.end <= html.length).toBe(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("an HTML replacement removes only the old block", () => {
    fc.assert(
      fc.property(htmlAround, htmlAround, (before, after) => {
        const body = before + oldBlock.html + after;
        const r = replaceBlockInHtml(body, newBlock.html);
        if (!r.ok) return;
        expect(r.body).toBe(body.slice(0, r.start) + newBlock.html + body.slice(r.end));
        const removed = body.slice(r.start, r.end);
        expect(wordsIn(removed)).toEqual([]);
        expect(removed).not.toContain("cid:");
        expect(removed).toContain("[Release Guard v1]");
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it("an HTML replacement happens when the block stands between whole paragraphs", () => {
    fc.assert(
      fc.property(fc.array(buyerWord, { maxLength: 6 }), fc.array(buyerWord, { maxLength: 6 }), (a, b) => {
        const para = (w: string[]) => w.map((x) => `<p>${x}</p>`).join("");
        const body = para(a) + oldBlock.html + para(b);
        const r = replaceBlockInHtml(body, newBlock.html);
        expect(r.ok && r.body === para(a) + newBlock.html + para(b)).toBe(true);
      }),
      { numRuns: 100, seed: 9 },
    );
  });

  it("a text replacement removes only the old block", () => {
    const line = fc.oneof(buyerWord, fc.constantFrom("", "  ", "Thanks,", "On hold: see below", "Release now: not yet"), fc.array(buyerWord, { maxLength: 4 }).map((w) => w.join(" ")));
    const lines = fc.array(line, { maxLength: 8 }).map((l) => l.join("\n"));
    fc.assert(
      fc.property(lines, lines, fc.constantFrom("\n", "\r\n"), (before, after, eol) => {
        const body = `${before}\n${oldBlock.text}\n${after}`.replace(/\r?\n/g, eol);
        const r = replaceBlockInText(body, newBlock.text);
        if (!r.ok) return;
        expect(r.body).toBe(body.slice(0, r.start) + newBlock.text.replace(/\n/g, eol) + body.slice(r.end));
        expect(wordsIn(body.slice(r.start, r.end))).toEqual([]);
      }),
      { numRuns: 400, seed: 10 },
    );
  });
});
