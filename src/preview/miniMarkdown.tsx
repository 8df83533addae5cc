/**
 * Renders the small Markdown subset Smart Alerts accepts (paragraphs, "- " bullets, **bold**,
 * *italic*, backslash escapes) as React elements — never as HTML, so nothing in the message can
 * inject markup.
 */
import * as React from "react";

const ESCAPED_BASE = 0xe000; // private-use code points stand in for escaped characters

function protectEscapes(text: string): string {
  return text.replace(/\\([\\`*_[\]~#+\-.!()>])/g, (_m, c: string) => String.fromCharCode(ESCAPED_BASE + c.charCodeAt(0)));
}

function restoreEscapes(text: string): string {
  return text.replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPED_BASE));
}

function inline(text: string, keyPrefix: string): React.ReactNode[] {
  const source = protectEscapes(text);
  const out: React.ReactNode[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_/g;
  let last = 0;
  let n = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) {
    if (match.index > last) out.push(restoreEscapes(source.slice(last, match.index)));
    if (match[1] !== undefined) out.push(<strong key={`${keyPrefix}-${n++}`}>{restoreEscapes(match[1])}</strong>);
    else out.push(<em key={`${keyPrefix}-${n++}`}>{restoreEscapes(match[2] ?? match[3] ?? "")}</em>);
    last = match.index + match[0].length;
  }
  if (last < source.length) out.push(restoreEscapes(source.slice(last)));
  return out;
}

const BULLET = /^\s*[-*+]\s+/;

/** @example renderMiniMarkdown("**Vague release**\n\n- **go ahead** does not say how many\r- Name who approves lot 2") */
export function renderMiniMarkdown(markdown: string): React.ReactNode {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Array<{ kind: "p" | "ul"; lines: string[] }> = [];
  for (const line of lines) {
    if (line.trim() === "") {
      blocks.push({ kind: "p", lines: [] }); // a blank line ends the block
      continue;
    }
    const kind = BULLET.test(line) ? "ul" : "p";
    const current = blocks[blocks.length - 1];
    if (current && current.kind === kind && current.lines.length > 0) current.lines.push(line);
    else blocks.push({ kind, lines: [line] });
  }
  return blocks
    .filter((block) => block.lines.length > 0)
    .map((block, b) =>
      block.kind === "ul" ? (
        <ul key={b}>
          {block.lines.map((line, i) => (
            <li key={i}>{inline(line.replace(BULLET, ""), `${b}-${i}`)}</li>
          ))}
        </ul>
      ) : (
        <p key={b}>
          {block.lines.map((line, i) => (
            <React.Fragment key={i}>
              {i > 0 && <br />}
              {inline(line, `${b}-${i}`)}
            </React.Fragment>
          ))}
        </p>
      ),
    );
}
