// A labelled control in the scenario editor with the problem found at its path, in words.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from './scenarioText';

export type ControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
export type ProblemAt = (path: string) => string | undefined;

type Props = { label: string; problem: string | undefined; children: (props: ControlProps) => ReactNode; wide?: boolean; half?: boolean };

export function EditorField({ label, problem, children, wide, half }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-problem`;
  const classes = ['field', wide ? 'wide' : '', half ? 'span-2' : '', problem ? 'has-error' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(problem), ...(problem ? { 'aria-describedby': errorId } : {}) })}
      {problem ? (
        <div className="field-error" id={errorId}>
          {problemText(problem, t)}
        </div>
      ) : null}
    </div>
  );
}

/** The problems under a path (an inject, an action), for a count on a folded section. */
export const problemsUnder = (problems: Record<string, string>, prefix: string) =>
  Object.keys(problems).filter((path) => path === prefix || path.startsWith(`${prefix}.`)).length;
