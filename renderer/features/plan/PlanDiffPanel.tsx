// 版本对比: two versions side by side, one row per changed setting (shared/planDiff.ts).
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/plan';
import { planDiff, type DiffRow, type DiffValue } from '@shared/planDiff';
import { versionNumberOf } from '@shared/planVersions';
import { Field, Panel } from '../../ui/Field';
import { useAppSelector } from '../../store';

export function PlanDiffPanel({ versions }: { versions: Plan[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  // Default: the two newest versions, older on the left.
  const [leftId, setLeftId] = useState(versions[1]?.id ?? versions[0]?.id ?? '');
  const [rightId, setRightId] = useState(versions[0]?.id ?? '');
  const left = versions.find((v) => v.id === leftId);
  const right = versions.find((v) => v.id === rightId);
  const rows = left && right ? planDiff(left, right, locale) : [];
  const nth = (v: Plan) => t('planEditor.versions.nth', { version: versionNumberOf(v) });
  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <Field label={label}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {nth(v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const value = (v: DiffValue) =>
    v === null ? (
      <span className="muted">{t('planEditor.diff.absent')}</span>
    ) : 'text' in v ? (
      v.text
    ) : (
      `${v.amount} ${t(`clock.unit.${v.unit}`)}`
    );
  return (
    <Panel title={t('planEditor.diff.title')} className="plan-diff">
      <div className="plan-diff-pickers">
        {picker(t('planEditor.diff.left'), leftId, setLeftId)}
        {picker(t('planEditor.diff.right'), rightId, setRightId)}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('planEditor.diff.none')}</p>
      ) : (
        <table className="plan-table" aria-label={t('planEditor.diff.title')}>
          <thead>
            <tr>
              <th>{t('planEditor.diff.field')}</th>
              <th>{left ? nth(left) : ''}</th>
              <th>{right ? nth(right) : ''}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>{subject(row, t)}</td>
                <td className="diff-before">{value(row.before)}</td>
                <td className="diff-after">{value(row.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

/** The row's setting in words: 时限·受理, 对口部门·食品安全, 阈值·群体投诉人数… */
function subject(row: DiffRow, t: TFunction): string {
  const topic = t(`planEditor.diff.topic.${row.topic}`);
  const what =
    row.topic === 'timeLimit'
      ? t(`clock.stage.${row.subject}`)
      : row.topic === 'gradeName'
        ? t(`level.${row.subject}`)
        : row.topic === 'threshold'
          ? t(`planEditor.editor.${row.subject}`)
          : row.subject;
  return `${topic} · ${what}`;
}
