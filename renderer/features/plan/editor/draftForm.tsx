// What every section of the draft editor shares: the plan as typed, one way to change it, the
// error at a field, and the section frame. A section edits its part of the plan and nothing else.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '@shared/plan';
import { Field } from '../../../ui/Field';
import type { Plan } from '@shared/plan';

export type SectionProps = {
  form: Plan;
  update: (change: (plan: Plan) => Plan) => void;
  err: (path: string) => string | undefined;
};

/** A number field's value: blank or not a number stays NaN, so the schema names the field. */
export const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
export const shown = (value: number) => (Number.isNaN(value) ? '' : String(value));

export const replaceAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

/** A fresh code for an added item: the prefix and the next number not yet used. */
export function freshCode(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const code = `${prefix}-${n}`;
    if (!taken.includes(code)) return code;
  }
}

export function Section({ title, children, wide, actions }: { title: string; children: ReactNode; wide?: boolean; actions?: ReactNode }) {
  return (
    <section className={`plan-editor-section${wide ? ' wide' : ''}`} aria-label={title}>
      <div className="plan-editor-section-head">
        <h3>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A list of the draft's items as a table: the given column heads and an unnamed actions column. */
export function ItemTable({ heads, children, className }: { heads: string[]; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <table className={`plan-table${className ? ` ${className}` : ''}`}>
      <thead>
        <tr>
          {heads.map((head) => (
            <th key={head}>{head}</th>
          ))}
          <th>
            <span className="visually-hidden">{t('planEditor.versions.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** 删除 for one item, named by the item for screen readers. */
export function RemoveButton({ name, disabled, onClick }: { name: string; disabled?: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" aria-label={`${t('planEditor.editor.remove')} ${name}`} disabled={disabled} onClick={onClick}>
      {t('planEditor.editor.remove')}
    </button>
  );
}

/**
 * The levels a limit or an instruction is for, as three ticks. Every level ticked is the same as
 * none named (it applies at every level); none ticked is refused at save with `error`.
 */
export function LevelChecks({
  label,
  levels,
  error,
  onChange,
}: {
  label: string;
  levels: readonly Level[] | undefined;
  error: string | undefined;
  onChange: (levels: Level[] | undefined) => void;
}) {
  const { t } = useTranslation();
  const toggle = (level: Level, on: boolean) => {
    const next = LEVELS.filter((l) => (l === level ? on : (levels ?? LEVELS).includes(l)));
    onChange(next.length === LEVELS.length ? undefined : next);
  };
  return (
    <td className="plan-levels">
      {LEVELS.map((level) => (
        <label key={level} className="check">
          <input
            type="checkbox"
            aria-label={`${label} ${t(`level.${level}`)}`}
            checked={(levels ?? LEVELS).includes(level)}
            onChange={(e) => toggle(level, e.target.checked)}
          />
          {t(`level.${level}`)}
        </label>
      ))}
      {error ? <div className="field-error">{t('planEditor.problem.no-level')}</div> : null}
    </td>
  );
}

/** A number typed into a narrow field of a table row; blank or not a number stays NaN for the schema. */
export function NumberCell({
  label,
  value,
  error,
  decimal,
  onChange,
}: {
  label: string;
  value: number;
  error: string | undefined;
  decimal?: boolean;
  onChange: (value: number) => void;
}) {
  return (
    <td>
      <Field label={label} error={error}>
        {(a) => (
          <input
            {...a}
            className="narrow"
            inputMode={decimal ? 'decimal' : 'numeric'}
            value={shown(value)}
            onChange={(e) => onChange(num(e.target.value))}
          />
        )}
      </Field>
    </td>
  );
}
