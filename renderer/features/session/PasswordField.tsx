// One password field of the seat's screens (sign-in, first run, unlock, 再次验证, change): labelled,
// masked, and marked for the browser's password manager as current or new.
import { useId } from 'react';

export function PasswordField({
  label,
  value,
  onChange,
  fresh = false,
  autoFocus = false,
  disabled = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A password being chosen, not one being given. */
  fresh?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={fresh ? 'new-password' : 'current-password'}
        autoFocus={autoFocus}
        disabled={disabled}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
