// 预案版本: every version kept, with who submitted and approved it and when; a revision starts
// here from the version in force (or from a returned one).
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/plan';
import { effectiveFromOf, mayEditPlan, statusOf, versionNumberOf } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { startRevision } from '../../db/plans';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useCommand } from '../../ui/useCommand';
import { Outcome } from '../../ui/Outcome';

type Props = { versions: Plan[]; selectedId: string | null; onSelect: (id: string) => void };

export function PlanVersionsPanel({ versions, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const { message, busy, run } = useCommand();
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso, plan.utcOffsetMinutes) : '');
  const open = versions.find((v) => statusOf(v) === 'draft' || statusOf(v) === 'submitted');
  // The reason the button is off, so nobody wonders why it cannot be pressed.
  const whyNot =
    db.mode === 'drill'
      ? t('planEditor.whyNot.drill')
      : !operator || !mayEditPlan(operator)
        ? t('planEditor.whyNot.notEditor')
        : open
          ? t('planEditor.whyNot.openRevision')
          : null;
  const revise = async (sourceId: string) => {
    const draft = await run(() => startRevision(db, sourceId, writeContext()));
    if (draft) onSelect(draft.id);
  };
  const nth = (v: Plan) => t('planEditor.versions.nth', { version: versionNumberOf(v) });
  return (
    <Panel
      title={t('planEditor.versions.title')}
      className="plan-versions"
      actions={
        <button
          type="button"
          className="primary"
          disabled={busy || whyNot !== null}
          title={whyNot ?? undefined}
          onClick={() => revise(plan.id)}
        >
          {t('planEditor.revise')}
        </button>
      }
    >
      {whyNot ? <p className="muted small">{whyNot}</p> : null}
      {message ? <Outcome kind={message.kind}>{message.text}</Outcome> : null}
      <table className="plan-table">
        <thead>
          <tr>
            <th>{t('planEditor.versions.number')}</th>
            <th>{t('planEditor.versions.status')}</th>
            <th>{t('planEditor.versions.submitted')}</th>
            <th>{t('planEditor.versions.approved')}</th>
            <th>{t('planEditor.versions.comment')}</th>
            <th>{t('planEditor.versions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} aria-label={nth(v)} className={v.id === selectedId ? 'selected' : undefined}>
              <td>
                {nth(v)}
                {v.id === plan.id ? <span className="badge small"> {t('planEditor.status.inForce')}</span> : null}
              </td>
              <td>{t(`planEditor.status.${statusOf(v)}`)}</td>
              <td className="small">{v.submittedBy ? t('planEditor.versions.by', { name: v.submittedBy, at: at(v.submittedAt) }) : '—'}</td>
              <td className="small">
                {statusOf(v) === 'approved'
                  ? t('planEditor.versions.by', { name: v.approvedBy ?? t('planEditor.versions.initial'), at: at(effectiveFromOf(v)) })
                  : '—'}
              </td>
              <td className="small">{v.returnComment ?? '—'}</td>
              <td className="row-actions">
                <button type="button" onClick={() => onSelect(v.id)}>
                  {t('planEditor.versions.open')}
                </button>{' '}
                {statusOf(v) === 'returned' && !whyNot ? (
                  <button type="button" disabled={busy} onClick={() => revise(v.id)}>
                    {t('planEditor.reviseReturned')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
