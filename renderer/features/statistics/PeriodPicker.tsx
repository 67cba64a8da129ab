// 统计期间: this month, last month, this quarter, this year, or two dates typed in (both included).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  customPeriod,
  lastDayOf,
  PERIOD_PRESETS,
  presetPeriod,
  type Period,
  type PeriodPreset,
  type PeriodProblem,
} from '@shared/statistics';
import { Field } from '../../ui/Field';

type Props = { today: string; period: Period; onChange: (period: Period) => void };

export function PeriodPicker({ today, period, onChange }: Props) {
  const { t } = useTranslation();
  const [preset, setPreset] = useState<PeriodPreset>('this-month');
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(lastDayOf(period));
  const [problems, setProblems] = useState<PeriodProblem[]>([]);

  function choose(next: PeriodPreset) {
    setPreset(next);
    setProblems([]);
    if (next === 'custom') {
      setFrom(period.from);
      setTo(lastDayOf(period));
      return;
    }
    onChange(presetPeriod(next, today));
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const result = customPeriod(from, to);
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    onChange(result.period);
  }

  const errorOf = (field: PeriodProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? `statistics.period.error.${problem.code}` : undefined;
  };

  return (
    <div className="stat-period no-print">
      <fieldset className="stat-presets">
        <legend>{t('statistics.period.legend')}</legend>
        {PERIOD_PRESETS.map((p) => (
          <label key={p} className={`stat-preset${preset === p ? ' chosen' : ''}`}>
            <input type="radio" name="statistics-period" checked={preset === p} onChange={() => choose(p)} />
            {t(`statistics.period.${p}`)}
          </label>
        ))}
      </fieldset>
      {preset === 'custom' ? (
        <form className="stat-custom" aria-label={t('statistics.period.custom')} noValidate onSubmit={apply}>
          <Field label={t('statistics.period.from')} error={errorOf('from')}>
            {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field label={t('statistics.period.to')} error={errorOf('to')}>
            {(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
          </Field>
          <button type="submit" className="primary">
            {t('statistics.period.apply')}
          </button>
          {problems.length ? (
            <p className="notice error small" role="alert">
              {t('statistics.period.fix')}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
