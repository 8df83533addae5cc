import fc from "fast-check";
import { checkJsonSyntax, joinFieldPath, LineIndex, MAX_JSON_DEPTH } from "../../src/policy/json-syntax";

function syntaxError(text: string): { line: number; column: number; problem: string } {
  const result = checkJsonSyntax(text);
  if (result.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return result.error;
}

describe("checkJsonSyntax", () => {
  it("accepts every kind of JSON value and reports no duplicates", () => {
    expect(checkJsonSyntax('{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"],"b":{}}')).toEqual({ ok: true, duplicates: [] });
    expect(checkJsonSyntax(" 0 ")).toEqual({ ok: true, duplicates: [] });
  });

  it.each<[string, string, number, number, string]>([
    ["a trailing comma", '[1,\n 2,\n]', 3, 1, 'a comma before "]": JSON allows no comma after the last entry'],
    ["a missing colon", '{"units" ["kits"]}', 1, 10, 'expected ":" after the key "units" (found "[")'],
    ["a missing comma in a list", '["kits" "sets"]', 1, 9, "a comma is missing between two entries of the list"],
    ["a stray closing brace in a list", '["kits"}', 1, 8, 'expected "," or "]" after an entry of the list (found "}")'],
    ["a bad escape", '{"a": "C:\\temp\\x"}', 1, 15, "the escape \\x is not allowed in JSON (write \\\\ for a backslash)"],
    ["a short unicode escape", '"\\u12"', 1, 2, "\\u must be followed by four hexadecimal digits"],
    ["a line break inside text", '{"a": "two\nlines"}', 1, 11, "a line break inside text (close the quote first, or write \\n)"],
    ["a tab inside text", '"a\tb"', 1, 3, "a tab inside text (write it as an escape such as \\t)"],
    ["a leading zero", "[007]", 1, 3, "this number is not written the JSON way (no leading zeros, digits after the point)"],
    ["a number ending in a point", "[1.]", 1, 3, "this number is not written the JSON way (no leading zeros, digits after the point)"],
    ["a plus sign", "[+1]", 1, 2, 'expected a value (found "+")'],
    ["NaN", "[NaN]", 1, 2, "expected a value (found NaN; text must be in double quotes)"],
    ["True with a capital", '{"a": True}', 1, 7, "expected a value (found True; text must be in double quotes)"],
    ["a word that starts like true", "[trueish]", 1, 2, "expected a value (found trueish; text must be in double quotes)"],
    ["a block comment", "/* policy */ {}", 1, 1, "JSON does not allow comments"],
    ["a byte-order mark in the middle", '{"a": \ufeff1}', 1, 7, "expected a value (found the invisible character U+FEFF)"],
    ["a value cut short", '{"a": ', 1, 7, "the file ends where a value was expected"],
    ["a list cut short", '{"a": [1,', 1, 10, 'the file ends inside the [ opened on line 1 (a "]" is missing)'],
    ["an object cut short after a comma", '{"a": 1,', 1, 9, "the file ends inside the { opened on line 1"],
  ])("explains %s at the right place", (_name, text, line, column, problem) => {
    expect(syntaxError(text)).toEqual({ line, column, problem });
  });

  it("counts columns in UTF-16 units after non-ASCII text", () => {
    expect(syntaxError('{"Stück": "Maß",}')).toEqual({ line: 1, column: 17, problem: 'a comma before "}": JSON allows no comma after the last entry' });
  });

  it("counts \\r\\n, \\n and a lone \\r each as one line break", () => {
    expect(syntaxError("[\r\n1,\n2,\r3,\r\n]")).toMatchObject({ line: 5, column: 1 });
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels instead of overflowing the stack`, () => {
    const deep = "[".repeat(100_000);
    expect(syntaxError(deep)).toEqual({ line: 1, column: MAX_JSON_DEPTH + 2, problem: `nested more than ${MAX_JSON_DEPTH} levels deep` });
  });

  it("lists repeated keys with their field path and both lines", () => {
    const text = '{\n "bannedPhrases": [\n  { "phrase": "ASAP",\n    "phrase": "asap" }\n ],\n "units": [],\n "units": []\n}';
    expect(checkJsonSyntax(text)).toEqual({
      ok: true,
      duplicates: [
        { field: "bannedPhrases[0].phrase", firstLine: 3, line: 4 },
        { field: "units", firstLine: 6, line: 7 },
      ],
    });
  });

  it("treats keys that differ only by escapes as the same key", () => {
    expect(checkJsonSyntax('{"units": 1, "\\u0075nits": 2}')).toEqual({ ok: true, duplicates: [{ field: "units", firstLine: 1, line: 1 }] });
  });

  it("agrees with JSON.parse on every generated JSON document", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        const result = checkJsonSyntax(JSON.stringify(value, null, indent));
        expect(result.ok).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("agrees with JSON.parse on documents with one character deleted, inserted or replaced", () => {
    const noise = fc.constantFrom(",", "]", "}", "[", "{", '"', ":", " ", "\\", "'", "/", "1", "-", ".", "e", "t", "\n", "\u0001");
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.nat(), noise, fc.constantFrom("delete", "insert", "replace"), (value, at, ch, how) => {
        const json = JSON.stringify(value, null, 1);
        const i = json.length === 0 ? 0 : at % json.length;
        const text =
          how === "delete" ? json.slice(0, i) + json.slice(i + 1) : how === "insert" ? json.slice(0, i) + ch + json.slice(i) : json.slice(0, i) + ch + json.slice(i + 1);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(checkJsonSyntax(text).ok).toBe(parses);
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});

describe("joinFieldPath", () => {
  it.each<[string, string | number, string]>([
    ["", "sendCheck", "sendCheck"],
    ["sendCheck", "error", "sendCheck.error"],
    ["requirements", "first-lot", "requirements.first-lot"],
    ["bannedPhrases", 2, "bannedPhrases[2]"],
    ["", "$schema", "$schema"],
    ["requirements", "first lot", 'requirements["first lot"]'],
    ["", "a.b", '["a.b"]'],
    ["", "", '[""]'],
  ])("joins %j and %j as %j", (parent, segment, expected) => {
    expect(joinFieldPath(parent, segment)).toBe(expected);
  });
});

describe("LineIndex", () => {
  it("maps offsets to 1-based lines and columns, clamping past the end", () => {
    const index = new LineIndex("ab\ncd\r\nef");
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(5)).toEqual({ line: 2, column: 3 });
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(99)).toEqual({ line: 3, column: 3 });
  });
});
