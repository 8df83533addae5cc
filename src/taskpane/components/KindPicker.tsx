import * as React from "react";
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { KIND_LABELS } from "../../checker";
import { RELEASE_KINDS, type ReleaseKind } from "../../checker/types";

export interface KindPickerProps {
  /** The kind Release Guard recognises in the email by itself. */
  detected: ReleaseKind;
  /** The buyer's choice; undefined when the detected kind applies. */
  chosen: ReleaseKind | undefined;
  /** A new choice; undefined goes back to the detected kind. */
  onChange(kind: ReleaseKind | undefined): void;
  /** Why the choice could not be kept with the message. */
  saveError?: string | null;
}

/** The option that means "use what Release Guard recognised". */
export const DETECTED_OPTION = "detected";

const useStyles = makeStyles({
  field: { minWidth: 0 },
  // Kind labels are long sentences: let the closed dropdown show as much as the pane allows.
  dropdown: { minWidth: 0, width: "100%" },
  listbox: { maxWidth: "min(360px, calc(100vw - 24px))" },
  option: { whiteSpace: "normal" },
});

function detectedText(detected: ReleaseKind): string {
  return `Detected: ${KIND_LABELS[detected]}`;
}

/**
 * "Release kind": shows the kind in plain words and lets the buyer correct it. The correction is
 * what the checker (and the send-time check) judge the email as.
 * @example
 * <KindPicker detected="first-lot" chosen={undefined} onChange={(kind) => correction.choose(kind)} />
 */
export function KindPicker({ detected, chosen, onChange, saveError }: KindPickerProps): React.ReactElement {
  const styles = useStyles();
  const value = chosen ?? DETECTED_OPTION;
  const shown = chosen ? KIND_LABELS[chosen] : detectedText(detected);
  const hint = chosen
    ? "Your choice: Release Guard checks this email as this kind, here and when you send it."
    : "Recognised from your wording. If it's wrong, choose the right kind.";
  return (
    <Field
      className={styles.field}
      label="Release kind"
      size="small"
      hint={saveError ? undefined : hint}
      validationState={saveError ? "warning" : "none"}
      validationMessage={saveError ? `Applied here, but not saved with the email: ${saveError}` : undefined}
      data-testid="kind-picker"
      data-kind={chosen ?? detected}
      data-chosen={chosen ? "true" : "false"}
    >
      <Dropdown
        className={styles.dropdown}
        size="small"
        value={shown}
        selectedOptions={[value]}
        listbox={{ className: styles.listbox }}
        onOptionSelect={(_event, data) => {
          const next = data.optionValue;
          if (!next || next === value) return;
          onChange(next === DETECTED_OPTION ? undefined : (next as ReleaseKind));
        }}
        data-testid="kind-picker-dropdown"
      >
        <Option className={styles.option} value={DETECTED_OPTION} text={detectedText(detected)}>
          {detectedText(detected)}
        </Option>
        {RELEASE_KINDS.map((kind) => (
          <Option key={kind} className={styles.option} value={kind} text={KIND_LABELS[kind]}>
            {KIND_LABELS[kind]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
