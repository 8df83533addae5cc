/**
 * The simulated compose body: an HTML editor (contenteditable) or a plain-text editor (textarea),
 * owned outside React so React never fights the buyer's typing. It remembers the last cursor or
 * selection in the body, so an add-in's insert lands where the buyer left off — or at the top when
 * the body never had focus, as in Outlook.
 */
import type { BodyType } from "../office/types";
import { htmlToText, sanitizeHtmlFragment, textToHtml } from "./htmlText";

/** An Office-style failure raised by the simulated host (delivered as asyncResult.error). */
export class FakeHostError extends Error {
  readonly code: number;
  constructor(code: number, name: string, message: string) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

/** Outlook's answer to HTML offered to a plain-text body (Body.setSelectedDataAsync/setAsync: InvalidFormatError). */
export const htmlIntoTextBodyError = (): FakeHostError =>
  new FakeHostError(2006, "InvalidFormatError", "The format of the specified data object is invalid.");

/** What the fake mailbox needs from the body. */
export interface FakeBody {
  getType(): BodyType;
  /** The visible text, one line per paragraph/line. */
  getText(): string;
  getHtml(): string;
  /** Inserts at the last known cursor (replacing a selection), or at the top if the body never had focus. */
  insertAtSelection(data: string, type: BodyType): void;
  /** Replaces the whole body. */
  replace(data: string, type: BodyType): void;
}

export interface EditorHost extends FakeBody {
  readonly htmlEditor: HTMLDivElement;
  readonly textEditor: HTMLTextAreaElement;
  /** The element currently in use. */
  readonly element: HTMLElement;
  /** Loads content without marking the body as focused. */
  load(content: string, type: BodyType): void;
  /** Switches format the way Outlook's "Format text" does: HTML → plain text drops formatting. */
  setMode(type: BodyType): void;
  /** Puts the current editor into `container` (replacing the other one). */
  mount(container: HTMLElement): void;
  /** Records the current selection if it is inside the body (called from DOM events; public for tests). */
  rememberSelection(): void;
  /** Whether the body has had focus since it was loaded. */
  readonly hadFocus: boolean;
  /** Called after every change: typing, insert, replace, load, mode switch. */
  onChange(listener: () => void): () => void;
  dispose(): void;
}

const BODY_LABEL = "Message body";

/**
 * @example
 * const host = createEditorHost(document);
 * host.load("<div>Hi Marco,</div>", "html");
 * host.insertAtSelection("<p>Lot 1: 25 units</p>", "html"); // at the top: the body never had focus
 */
export function createEditorHost(doc: Document = document): EditorHost {
  const htmlEditor = doc.createElement("div");
  htmlEditor.contentEditable = "true";
  htmlEditor.setAttribute("role", "textbox");
  htmlEditor.setAttribute("aria-multiline", "true");
  htmlEditor.setAttribute("aria-label", BODY_LABEL);
  htmlEditor.setAttribute("data-testid", "body-editor");
  htmlEditor.setAttribute("data-mode", "html");
  htmlEditor.spellcheck = true;

  const textEditor = doc.createElement("textarea");
  textEditor.setAttribute("aria-label", BODY_LABEL);
  textEditor.setAttribute("data-testid", "body-editor");
  textEditor.setAttribute("data-mode", "text");
  textEditor.spellcheck = true;

  let mode: BodyType = "html";
  let hadFocus = false;
  let savedRange: Range | null = null;
  let savedText: [number, number] | null = null;
  let container: HTMLElement | null = null;
  const listeners = new Set<() => void>();
  const changed = (): void => listeners.forEach((listener) => listener());

  const rememberSelection = (): void => {
    if (mode === "html") {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!htmlEditor.contains(range.startContainer) || !htmlEditor.contains(range.endContainer)) return;
      savedRange = range.cloneRange();
      hadFocus = true;
    } else {
      if (doc.activeElement !== textEditor) return;
      savedText = [textEditor.selectionStart ?? 0, textEditor.selectionEnd ?? 0];
      hadFocus = true;
    }
  };

  const onFocus = (): void => {
    hadFocus = true;
    rememberSelection();
  };
  const onInput = (): void => {
    rememberSelection();
    changed();
  };
  const onSelectionChange = (): void => rememberSelection();
  for (const el of [htmlEditor, textEditor]) {
    el.addEventListener("focus", onFocus);
    el.addEventListener("input", onInput);
    el.addEventListener("keyup", rememberSelection);
    el.addEventListener("mouseup", rememberSelection);
    el.addEventListener("select", rememberSelection);
  }
  doc.addEventListener("selectionchange", onSelectionChange);

  const resetCursor = (): void => {
    hadFocus = false;
    savedRange = null;
    savedText = null;
  };

  const topRange = (): Range => {
    const range = doc.createRange();
    range.setStart(htmlEditor, 0);
    range.collapse(true);
    return range;
  };

  const textFragment = (text: string): DocumentFragment => {
    const fragment = doc.createDocumentFragment();
    text.replace(/\r\n?/g, "\n").split("\n").forEach((line, i) => {
      if (i > 0) fragment.appendChild(doc.createElement("br"));
      if (line) fragment.appendChild(doc.createTextNode(line));
    });
    return fragment;
  };

  const insertHtml = (data: string, type: BodyType): void => {
    const fragment = type === "html" ? sanitizeHtmlFragment(doc, data) : textFragment(data);
    const last = fragment.lastChild;
    const usable = hadFocus && savedRange && htmlEditor.contains(savedRange.startContainer) && htmlEditor.contains(savedRange.endContainer);
    const range = usable ? savedRange!.cloneRange() : topRange();
    range.deleteContents();
    range.insertNode(fragment);
    // The cursor ends after what was inserted, so a second insert follows the first.
    const after = doc.createRange();
    if (last && last.parentNode) after.setStartAfter(last);
    else after.setStart(range.startContainer, range.startOffset);
    after.collapse(true);
    savedRange = after;
    const selection = doc.getSelection();
    if (selection && doc.activeElement === htmlEditor) {
      selection.removeAllRanges();
      selection.addRange(after.cloneRange());
    }
  };

  const insertText = (data: string): void => {
    const value = textEditor.value;
    const [start, end] = hadFocus && savedText ? savedText : [0, 0];
    const s = Math.min(start, value.length);
    const e = Math.min(Math.max(end, s), value.length);
    const text = data.replace(/\r\n?/g, "\n");
    textEditor.value = value.slice(0, s) + text + value.slice(e);
    const caret = s + text.length;
    savedText = [caret, caret];
    // Moving the caret of an unfocused textarea does not focus it: no focus is stolen from the pane.
    textEditor.setSelectionRange(caret, caret);
  };

  const host: EditorHost = {
    htmlEditor,
    textEditor,
    get element() {
      return mode === "html" ? htmlEditor : textEditor;
    },
    get hadFocus() {
      return hadFocus;
    },
    getType: () => mode,
    getText: () => (mode === "html" ? htmlToText(htmlEditor) : textEditor.value.replace(/\r\n?/g, "\n")),
    getHtml: () => (mode === "html" ? htmlEditor.innerHTML : textToHtml(textEditor.value)),

    insertAtSelection(data: string, type: BodyType): void {
      if (mode === "text") {
        if (type === "html") throw htmlIntoTextBodyError();
        insertText(data);
      } else {
        insertHtml(data, type);
      }
      changed();
    },

    replace(data: string, type: BodyType): void {
      if (mode === "text") {
        if (type === "html") throw htmlIntoTextBodyError();
        textEditor.value = data.replace(/\r\n?/g, "\n");
      } else {
        htmlEditor.replaceChildren(type === "html" ? sanitizeHtmlFragment(doc, data) : textFragment(data));
      }
      resetCursor();
      changed();
    },

    load(content: string, type: BodyType): void {
      if (type === "html") {
        htmlEditor.replaceChildren(sanitizeHtmlFragment(doc, content));
        textEditor.value = "";
      } else {
        textEditor.value = content;
        htmlEditor.replaceChildren();
      }
      const switched = mode !== type;
      mode = type;
      resetCursor();
      if (switched) remount();
      changed();
    },

    setMode(type: BodyType): void {
      if (type === mode) return;
      if (type === "text") {
        textEditor.value = htmlToText(htmlEditor);
      } else {
        htmlEditor.innerHTML = textToHtml(textEditor.value);
      }
      mode = type;
      resetCursor();
      remount();
      changed();
    },

    mount(target: HTMLElement): void {
      container = target;
      remount();
    },

    rememberSelection,

    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    dispose(): void {
      doc.removeEventListener("selectionchange", onSelectionChange);
      listeners.clear();
    },
  };

  function remount(): void {
    if (!container) return;
    const wanted = host.element;
    if (container.firstChild !== wanted || container.childNodes.length !== 1) container.replaceChildren(wanted);
  }

  return host;
}

