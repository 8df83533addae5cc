/**
 * The builder's form for any template: the template lists its groups and fields, and this renders
 * them (order, quantities, balance, trigger, technical package, approver, timing for a first lot;
 * fewer or other fields for the other kinds). Every input has a visible label tied to it by
 * Fluent's Field, an inline message under it, and a stable data-testid (`rg-field-<name>`).
 * Values come in and edits go out; the form holds no state.
 */
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  useId,
  tokens,
  type FieldProps,
} from "@fluentui/react-components";
import type { FirstLotEdit } from "../../builder/form";
import { TRIGGER_PRESETS, UNIT_OPTIONS, triggerPreset } from "../../builder/presets";
import type { BuilderTemplate, TemplateField } from "../../builder/templates";
import type { FieldMessage, FirstLotFieldId, FirstLotValues, TriggerPresetId, ValueSource } from "../../builder/types";

export interface KindFormProps {
  template: BuilderTemplate;
  values: FirstLotValues;
  /** The message to show under each field (already filtered to what should be visible now). */
  messages: Partial<Record<FirstLotFieldId, FieldMessage>>;
  sources: Partial<Record<FirstLotFieldId, ValueSource>>;
  /** Order total − lot, when known: shown as the balance while it follows the order. */
  expectedBalance: number | null;
  onEdit: (edit: FirstLotEdit) => void;
  /** Marks a field as visited (its "required" message may show from then on). */
  onBlurField: (field: FirstLotFieldId) => void;
  /** Registers each input so the builder can move focus to the first field that needs attention. */
  inputRef: (field: FirstLotFieldId) => (el: HTMLInputElement | HTMLButtonElement | null) => void;
  disabled?: boolean;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
    "& > *": { minWidth: 0 },
  },
  input: { width: "100%", minWidth: 0 },
  balanceReset: { alignSelf: "flex-start" },
  full: { width: "100%", minWidth: 0, boxSizing: "border-box" },
});

const SOURCE_HINTS: Record<ValueSource, string> = {
  block: "From the block in your message",
  email: "From your email",
  defaults: "From your saved defaults",
};

function fieldState(message: FieldMessage | undefined): FieldProps["validationState"] {
  if (!message) return "none";
  return message.severity === "error" ? "error" : "warning";
}

/** One labelled text input. */
function TextField(props: {
  field: FirstLotFieldId;
  label: string;
  value: string;
  message: FieldMessage | undefined;
  hint?: string;
  source?: ValueSource;
  required?: boolean;
  inputMode?: "numeric" | "text";
  type?: "text" | "date";
  placeholder?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef: (el: HTMLInputElement | null) => void;
  disabled?: boolean;
}): React.ReactElement {
  const styles = useStyles();
  const hint = props.hint ?? (props.source ? SOURCE_HINTS[props.source] : undefined);
  return (
    <Field
      label={props.label}
      required={props.required}
      hint={hint}
      validationMessage={props.message?.text}
      validationState={fieldState(props.message)}
    >
      <Input
        className={styles.input}
        ref={props.inputRef}
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(_e, data) => props.onChange(data.value)}
        onBlur={props.onBlur}
        disabled={props.disabled}
        data-testid={`rg-field-${props.field}`}
        data-message-id={props.message?.id}
        autoComplete="off"
      />
    </Field>
  );
}

export function KindForm(props: KindFormProps): React.ReactElement {
  const styles = useStyles();
  const { template, values, messages, sources, onEdit, onBlurField, inputRef, disabled } = props;
  const set = (field: FirstLotFieldId) => (value: string) => onEdit({ type: "set", field, value });
  const unitWord = values.unit.trim() || "units";
  const unitListId = useId("rg-unit-options");
  const preset = values.triggerPreset ? triggerPreset(values.triggerPreset) : undefined;
  const balanceFollows = values.balanceAuto || (props.expectedBalance !== null && values.balanceQuantity.trim() === String(props.expectedBalance));
  const balanceHint = balanceFollows
    ? props.expectedBalance !== null
      ? "Order total − lot quantity"
      : "Fills in from the order total and the lot quantity"
    : props.expectedBalance !== null
      ? `Order total − lot would be ${props.expectedBalance} ${unitWord}`
      : undefined;

  const renderField = (spec: TemplateField): React.ReactNode => {
    if (spec.id === "triggerPreset") {
      return (
        <React.Fragment key="triggerPreset">
          <Field label={spec.label} hint="Pick one to fill in the trigger, then edit it freely">
            <Dropdown
              placeholder="Choose a trigger"
              value={preset?.label ?? ""}
              selectedOptions={values.triggerPreset ? [values.triggerPreset] : []}
              onOptionSelect={(_e, data) => onEdit({ type: "preset", preset: (data.optionValue ?? "") as TriggerPresetId | "" })}
              disabled={disabled}
              data-testid="rg-field-triggerPreset"
              className={styles.full}
            >
              {TRIGGER_PRESETS.map((p) => (
                <Option key={p.id} value={p.id}>
                  {p.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {values.triggerPreset === "date" && (
            <TextField
              field="triggerDate"
              label="Date of the next release decision"
              type="date"
              required
              value={values.triggerDate}
              message={messages.triggerDate}
              source={sources.triggerDate}
              onChange={set("triggerDate")}
              onBlur={() => onBlurField("triggerDate")}
              inputRef={inputRef("triggerDate") as (el: HTMLInputElement | null) => void}
              disabled={disabled}
            />
          )}
        </React.Fragment>
      );
    }
    const id = spec.id;
    if (spec.control === "unit") {
      return (
        <Field
          key={id}
          label={spec.label}
          required={spec.required}
          hint={sources.unit ? SOURCE_HINTS[sources.unit] : undefined}
          validationMessage={messages.unit?.text}
          validationState={fieldState(messages.unit)}
        >
          {/* A plain input with a datalist: Fluent's Combobox left aria-activedescendant pointing at a
              closed option (axe: aria-valid-attr-value) and added a second tab stop. */}
          <Input
            ref={inputRef("unit") as (el: HTMLInputElement | null) => void}
            value={values.unit}
            list={unitListId}
            onChange={(e) => set("unit")(e.target.value)}
            onBlur={() => onBlurField("unit")}
            placeholder={spec.placeholder}
            disabled={disabled}
            data-testid="rg-field-unit"
            data-message-id={messages.unit?.id}
            className={styles.full}
            input={{ className: styles.input }}
          />
          <datalist id={unitListId}>
            {UNIT_OPTIONS.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        </Field>
      );
    }
    const source = sources[id];
    const hint = spec.control === "balance"
      ? balanceHint
      : source
        ? SOURCE_HINTS[source]
        : spec.hint ?? (spec.required ? undefined : "Optional");
    const field = (
      <TextField
        key={id}
        field={id}
        label={spec.control === "balance" ? `${spec.label} (${unitWord})` : spec.label}
        required={spec.required}
        value={values[id] as string}
        message={messages[id]}
        hint={hint}
        inputMode={spec.control === "number" || spec.control === "balance" ? "numeric" : undefined}
        type={spec.control === "date" ? "date" : "text"}
        placeholder={spec.placeholder}
        onChange={set(id)}
        onBlur={() => onBlurField(id)}
        inputRef={inputRef(id) as (el: HTMLInputElement | null) => void}
        disabled={disabled}
      />
    );
    if (spec.control !== "balance") return field;
    return (
      <React.Fragment key={id}>
        {field}
        {!balanceFollows && props.expectedBalance !== null && (
          <Button
            className={styles.balanceReset}
            size="small"
            appearance="secondary"
            onClick={() => onEdit({ type: "reset-balance" })}
            disabled={disabled}
            data-testid="rg-balance-reset"
          >
            Use order total − lot ({props.expectedBalance})
          </Button>
        )}
      </React.Fragment>
    );
  };

  /** Short inputs (numbers, unit, ids, the approver's name and role) share a row two by two. */
  const paired = (spec: TemplateField): boolean =>
    spec.control === "number" || spec.control === "unit" || spec.id === "lotId" || spec.id === "windowLabel" || spec.id === "approverName" || spec.id === "approverRole";

  return (
    <div className={styles.form} data-testid="rg-kind-form" data-kind={template.kind}>
      {template.groups.map((group) => {
        const rows: React.ReactNode[] = [];
        let pending: TemplateField[] = [];
        const flush = (): void => {
          if (pending.length === 1) rows.push(renderField(pending[0]));
          else if (pending.length > 1) rows.push(<div key={`row-${pending[0].id}`} className={styles.row}>{pending.map(renderField)}</div>);
          pending = [];
        };
        for (const spec of group.fields) {
          if (paired(spec)) pending.push(spec);
          else {
            flush();
            rows.push(renderField(spec));
          }
        }
        flush();
        return (
          <fieldset key={group.legend} className={styles.group}>
            <legend className={styles.legend}>{group.legend}</legend>
            {rows}
          </fieldset>
        );
      })}
    </div>
  );
}
