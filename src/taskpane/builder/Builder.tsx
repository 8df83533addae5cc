/**
 * The guided builder: a short form, pre-filled from the email and the buyer's saved defaults,
 * that inserts a clean approval block into the message (or updates the one already there),
 * with inline validation and a live preview of exactly what will be inserted.
 *
 * Pure logic lives in src/builder (prefill, validate, insert/replace, defaults); this component
 * holds the form's state and talks to Outlook only through the `item` and `settings` props.
 */
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findBlockInText } from "../../checker";
import type { BlockKind, Report, ReleaseKind } from "../../checker/types";
import type { ComposeItem, SettingsStore } from "../../office/types";
import { cleanDefaults, forgetDefaults, hasDefaults, loadDefaults, saveDefaults } from "../../builder/defaults";
import { applyEdit, type FirstLotEdit } from "../../builder/form";
import { BlockInsertError, insertOrUpdateKindBlock, type InsertAction } from "../../builder/insert";
import { existingBlockKind } from "../../builder/prefill";
import { currentPart } from "../../builder/quoted";
import { TEMPLATES, TEMPLATE_KINDS, templateFor } from "../../builder/templates";
import type { BuilderDefaults, FieldMessage, FirstLotFieldId, FirstLotValues, ValueSource } from "../../builder/types";
import { BlockPreview } from "./BlockPreview";
import { DefaultsBar } from "./DefaultsBar";
import { KindForm } from "./KindForm";

export interface BuilderProps {
  /** The latest report of the body, for pre-filling the form. */
  report: Report | null;
  /** The body text the report was made from (evidence ranges index into it). */
  bodyText: string;
  item: ComposeItem;
  settings: SettingsStore | null;
  /** Called after the block was inserted or updated, so the checklist re-checks at once. */
  onInserted: () => void;
  /**
   * The release kind the buyer is writing (the kind picker's choice, else the detected kind): the
   * template the builder starts with. First-lot when absent or not a release.
   */
  kind?: ReleaseKind | null;
}

/** "Field is empty" messages wait until the buyer has visited the field or tried to insert. */
const EMPTY_IDS = new Set([
  "lot-id-required", "quantity-required", "total-required", "unit-required", "trigger-required",
  "trigger-date-required", "revision-required", "material-required", "approver-required",
  "samples-required", "full-quantity-required", "hold-total-required", "hold-trigger-required", "window-required",
  "window-quantity-required", "before-cut-required", "after-cut-required", "restart-trigger-required", "approver-required-release",
]);

interface ResultMessage {
  intent: "success" | "warning" | "error";
  /** True for "fix the marked fields": it goes away as soon as the buyer edits. */
  validation?: boolean;
  title: string;
  text: string;
  action?: InsertAction;
}

const RESULT_TITLES: Record<InsertAction, string> = {
  inserted: "Block inserted",
  updated: "Block updated",
  "inserted-old-block-remains": "New block inserted — please delete the old one",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function describeDefaults(d: BuilderDefaults): string {
  const approver = d.approverName ? `${d.approverName}${d.approverRole ? ` (${d.approverRole})` : ""}` : d.approverRole ?? "";
  return [approver, d.material, d.unit].filter((s): s is string => !!s).join(", ");
}

export function Builder({ report, bodyText, item, settings, onInserted, kind }: BuilderProps): React.ReactElement | null {
  const styles = useStyles();
  // The template: the buyer's own pick, else the kind being written, else the kind of the block
  // already in the message, else first-lot.
  const [chosenKind, setChosenKind] = React.useState<BlockKind | null>(null);
  const blockKind = React.useMemo(() => existingBlockKind(bodyText), [bodyText]);
  const suggested: BlockKind = kind && kind !== "not-a-release" ? templateFor(kind).kind : blockKind ?? "first-lot";
  const template = TEMPLATES[chosenKind ?? suggested];

  const [defaults, setDefaults] = React.useState<BuilderDefaults>(() => loadDefaults(settings));
  React.useEffect(() => setDefaults(loadDefaults(settings)), [settings]);

  const prefill = React.useMemo(() => template.prefill({ report, bodyText, defaults }), [template, report, bodyText, defaults]);
  const [values, setValues] = React.useState<FirstLotValues>(prefill.values);
  const [sources, setSources] = React.useState<Partial<Record<FirstLotFieldId, ValueSource>>>(prefill.sources);
  const pristine = React.useRef(true);
  React.useEffect(() => {
    // Follow the email while the buyer has not typed anything; never overwrite their edits.
    if (pristine.current) {
      setValues(prefill.values);
      setSources(prefill.sources);
    }
  }, [prefill]);

  const [touched, setTouched] = React.useState<ReadonlySet<FirstLotFieldId>>(() => new Set());
  const [submitted, setSubmitted] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<ResultMessage | null>(null);
  const [defaultsBusy, setDefaultsBusy] = React.useState(false);
  const [defaultsStatus, setDefaultsStatus] = React.useState("");

  const validation = React.useMemo(() => template.validate(values), [template, values]);
  const block = React.useMemo(() => (validation.fields ? template.render(validation.fields) : null), [template, validation.fields]);
  const expectedBalance = validation.expectedBalance;

  const hasBlock = React.useMemo(() => {
    try {
      return findBlockInText(currentPart(bodyText)) !== null;
    } catch {
      return false;
    }
  }, [bodyText]);

  const visibleMessages = React.useMemo(() => {
    const out: Partial<Record<FirstLotFieldId, FieldMessage>> = {};
    for (const [field, message] of Object.entries(validation.messages) as [FirstLotFieldId, FieldMessage][]) {
      if (submitted || touched.has(field) || !EMPTY_IDS.has(message.id)) out[field] = message;
    }
    return out;
  }, [validation.messages, submitted, touched]);
  const errorCount = Object.values(validation.messages).filter((m) => m?.severity === "error").length;

  const inputs = React.useRef<Partial<Record<FirstLotFieldId, HTMLInputElement | HTMLButtonElement | null>>>({});
  const refCallbacks = React.useRef<Partial<Record<FirstLotFieldId, (el: HTMLInputElement | HTMLButtonElement | null) => void>>>({});
  const inputRef = React.useCallback((field: FirstLotFieldId) => {
    let cb = refCallbacks.current[field];
    if (!cb) {
      cb = (el) => {
        inputs.current[field] = el;
      };
      refCallbacks.current[field] = cb;
    }
    return cb;
  }, []);

  const onEdit = React.useCallback((edit: FirstLotEdit) => {
    pristine.current = false;
    setValues((v) => applyEdit(v, edit));
    setResult((r) => (r?.validation ? null : r));
    if (edit.type === "set") {
      setSources((s) => {
        if (!(edit.field in s)) return s;
        const next = { ...s };
        delete next[edit.field];
        return next;
      });
    }
  }, []);

  const onBlurField = React.useCallback((field: FirstLotFieldId) => {
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  }, []);

  const onInsert = async (): Promise<void> => {
    setSubmitted(true);
    if (!validation.fields) {
      setResult({
        intent: "error",
        validation: true,
        title: "Some fields need attention",
        text: `Fix the ${errorCount === 1 ? "marked field" : `${errorCount} marked fields`}; nothing was inserted.`,
      });
      const first = template.fieldOrder.find((f) => validation.messages[f]?.severity === "error");
      if (first) inputs.current[first]?.focus();
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const r = await insertOrUpdateKindBlock(item, validation.fields);
      setResult({
        intent: r.action === "inserted-old-block-remains" ? "warning" : "success",
        title: RESULT_TITLES[r.action],
        text: r.message,
        action: r.action,
      });
      onInserted();
    } catch (e) {
      const text = e instanceof BlockInsertError ? e.message : `Release Guard could not change your message${e instanceof Error && e.message ? ` (${e.message})` : ""}. Your message was not changed.`;
      setResult({ intent: "error", title: "Nothing was changed", text });
    } finally {
      setBusy(false);
    }
  };

  const onSaveDefaults = async (): Promise<void> => {
    if (!settings) return;
    const wanted: BuilderDefaults = {
      approverName: values.approverName,
      approverRole: values.approverRole,
      material: values.material,
      unit: values.unit,
    };
    if (!hasDefaults(cleanDefaults(wanted))) {
      setDefaultsStatus("Fill in the approver, the material or the unit first.");
      return;
    }
    setDefaultsBusy(true);
    try {
      const saved = await saveDefaults(settings, wanted);
      setDefaults(saved);
      setDefaultsStatus(`Saved as your defaults: ${describeDefaults(saved)}.`);
    } catch (e) {
      setDefaultsStatus(`Your defaults could not be saved${e instanceof Error && e.message ? ` (${e.message})` : ""}.`);
    } finally {
      setDefaultsBusy(false);
    }
  };

  const onForgetDefaults = async (): Promise<void> => {
    if (!settings) return;
    setDefaultsBusy(true);
    try {
      await forgetDefaults(settings);
      setDefaults({});
      setSources((s) => {
        const next = { ...s };
        for (const k of Object.keys(next) as FirstLotFieldId[]) if (next[k] === "defaults") delete next[k];
        return next;
      });
      setDefaultsStatus("Your saved defaults are forgotten. The form keeps what it shows now.");
    } catch (e) {
      setDefaultsStatus(`Your defaults could not be removed${e instanceof Error && e.message ? ` (${e.message})` : ""}.`);
    } finally {
      setDefaultsBusy(false);
    }
  };

  const savedText = hasDefaults(defaults) ? `Your defaults: ${describeDefaults(defaults)}.` : "No saved defaults yet.";

  return (
    <form
      className={styles.root}
      data-testid="rg-builder"
      aria-label="Build approval block"
      noValidate
      onSubmit={(e) => e.preventDefault()}
    >
      <p className={styles.intro}>
        {hasBlock
          ? "Your message already has an approval block. Change the fields and update it; the rest of your message stays as it is."
          : "Fill in the release and insert a clean approval block where your cursor is."}
      </p>
      <Field label="Block template" hint="Fields you already filled in stay when you switch">
        <Dropdown
          value={template.title}
          selectedOptions={[template.kind]}
          onOptionSelect={(_e, data) => {
            if (data.optionValue && data.optionValue in TEMPLATES) {
              setChosenKind(data.optionValue as BlockKind);
              setResult((r) => (r?.validation ? null : r));
            }
          }}
          disabled={busy}
          data-testid="rg-builder-kind"
          data-kind={template.kind}
        >
          {TEMPLATE_KINDS.map((k) => (
            <Option key={k} value={k}>
              {TEMPLATES[k].title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <KindForm
        template={template}
        values={values}
        messages={visibleMessages}
        sources={sources}
        expectedBalance={expectedBalance}
        onEdit={onEdit}
        onBlurField={onBlurField}
        inputRef={inputRef}
        disabled={busy}
      />
      <DefaultsBar
        available={settings !== null}
        hasSaved={hasDefaults(defaults)}
        busy={defaultsBusy}
        status={defaultsStatus || savedText}
        onSave={() => void onSaveDefaults()}
        onForget={() => void onForgetDefaults()}
      />
      <BlockPreview text={block ? block.text : null} problems={errorCount} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void onInsert()} disabled={busy} data-testid="rg-builder-insert" data-mode={hasBlock ? "update" : "insert"}>
          {busy ? (hasBlock ? "Updating…" : "Inserting…") : hasBlock ? "Update block" : "Insert approval block"}
        </Button>
      </div>
      <div aria-live="polite">
        {result && (
          <MessageBar intent={result.intent} data-testid="rg-builder-result" data-action={result.action ?? "none"}>
            <MessageBarBody>
              <MessageBarTitle>{result.title}</MessageBarTitle>
              {result.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
