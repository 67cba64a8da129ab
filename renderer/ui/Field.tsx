// A labelled form control with its validation message, tied together for screen readers.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dataKey, say } from '../i18n/keys';

type FieldProps = {
  label: string;
  error?: string | undefined;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
  wide?: boolean;
  /** A sentence under the control saying what goes in it. */
  hint?: string;
};

export function Field({ label, error, children, wide, hint }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [...(error ? [errorId] : []), ...(hint ? [hintId] : [])].join(' ');
  return (
    <div className={`field${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field-error" id={errorId} role="alert">
          {say(t, dataKey(error))}
        </div>
      ) : null}
    </div>
  );
}

export function Panel({
  title,
  children,
  actions,
  className,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <section className={`panel ${className ?? ''}`} aria-label={title}>
      <header className="panel-header">
        <h2>{title}</h2>
        {actions}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}

/** A form's confirm and cancel buttons; confirm is disabled while the save is running. */
export function FormActions({
  busy,
  submitLabel,
  cancelLabel,
  onCancel,
}: {
  busy: boolean;
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions wide">
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
