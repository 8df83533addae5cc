/**
 * The first-lot form: order, lot, balance, trigger, technical package, approver, need-by.
 * Every input has a visible label tied to it by Fluent's Field, an inline message under it, and a
 * stable data-testid (`rg-field-<name>`). Values come in and edits go out; the form holds no state.
 */
import * as React from "react";
import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
  type FieldProps,
} from "@fluentui/react-components";
import type { FirstLotEdit } from "../../builder/form";
import { TRIGGER_PRESETS, UNIT_OPTIONS, triggerPreset } from "../../builder/presets";
import type { FieldMessage, FirstLotFieldId, FirstLotValues, TriggerPresetId, ValueSource } from "../../builder/types";

export interface FirstLotFormProps {
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

export function FirstLotForm(props: FirstLotFormProps): React.ReactElement {
  const styles = useStyles();
  const { values, messages, sources, onEdit, onBlurField, inputRef, disabled } = props;
  const set = (field: FirstLotFieldId) => (value: string) => onEdit({ type: "set", field, value });
  const common = (field: FirstLotFieldId) => ({
    field,
    value: values[field],
    message: messages[field],
    source: sources[field],
    onChange: set(field),
    onBlur: () => onBlurField(field),
    inputRef: inputRef(field) as (el: HTMLInputElement | null) => void,
    disabled,
  });
  const unitWord = values.unit.trim() || "units";
  const preset = values.triggerPreset ? triggerPreset(values.triggerPreset) : undefined;
  const balanceFollows = values.balanceAuto || (props.expectedBalance !== null && values.balanceQuantity.trim() === String(props.expectedBalance));
  const balanceHint = balanceFollows
    ? props.expectedBalance !== null
      ? "Order total − lot quantity"
      : "Fills in from the order total and the lot quantity"
    : props.expectedBalance !== null
      ? `Order total − lot would be ${props.expectedBalance} ${unitWord}`
      : undefined;

  return (
    <div className={styles.form}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Order</legend>
        <TextField {...common("orderRef")} label="Order reference" placeholder="PO 4512" hint={sources.orderRef ? SOURCE_HINTS[sources.orderRef] : "Optional"} />
        <div className={styles.row}>
          <TextField {...common("orderTotal")} label="Order total" required inputMode="numeric" placeholder="150" />
          <Field
            label="Unit"
            required
            hint={sources.unit ? SOURCE_HINTS[sources.unit] : undefined}
            validationMessage={messages.unit?.text}
            validationState={fieldState(messages.unit)}
          >
            <Combobox
              ref={inputRef("unit") as (el: HTMLInputElement | null) => void}
              freeform
              value={values.unit}
              selectedOptions={UNIT_OPTIONS.includes(values.unit) ? [values.unit] : []}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => set("unit")(e.target.value)}
              onOptionSelect={(_e, data) => {
                if (data.optionValue !== undefined) set("unit")(data.optionValue);
              }}
              onBlur={() => onBlurField("unit")}
              placeholder="pcs"
              disabled={disabled}
              data-testid="rg-field-unit"
              data-message-id={messages.unit?.id}
              root={{ className: styles.full }}
              input={{ className: styles.input }}
            >
              {UNIT_OPTIONS.map((u) => (
                <Option key={u} value={u}>
                  {u}
                </Option>
              ))}
            </Combobox>
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Released now</legend>
        <div className={styles.row}>
          <TextField {...common("lotId")} label="Lot identifier" required placeholder="Lot 1" />
          <TextField {...common("lotQuantity")} label="Lot quantity" required inputMode="numeric" placeholder="25" />
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>On hold</legend>
        <TextField
          {...common("balanceQuantity")}
          label={`Balance on hold (${unitWord})`}
          inputMode="numeric"
          hint={balanceHint}
          value={values.balanceQuantity}
        />
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
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Next release</legend>
        <Field label="Trigger preset" hint="Pick one to fill in the trigger, then edit it freely">
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
          <TextField {...common("triggerDate")} label="Date of the next release decision" type="date" required />
        )}
        <TextField
          {...common("trigger")}
          label="Next release trigger"
          required
          placeholder="install feedback from Lot 1"
          hint={sources.trigger ? SOURCE_HINTS[sources.trigger] : "The event after which the next lot may be released"}
        />
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Technical package</legend>
        <TextField {...common("revision")} label="File revision" required placeholder="C7" />
        <TextField
          {...common("material")}
          label="Material, colour and finish"
          required
          placeholder="black PETG, matte"
        />
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Next-lot approver</legend>
        <div className={styles.row}>
          <TextField {...common("approverName")} label="Approver's name" required placeholder="Dana Ortiz" />
          <TextField
            {...common("approverRole")}
            label="Approver's role"
            placeholder="Purchasing Manager"
            hint={sources.approverRole ? SOURCE_HINTS[sources.approverRole] : "Optional"}
          />
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Timing</legend>
        <TextField {...common("needBy")} label="Need by" type="date" hint={sources.needBy ? SOURCE_HINTS[sources.needBy] : "Optional"} />
      </fieldset>
    </div>
  );
}
