// 归档 on the incident page: the plan's retention, 归档 once the incident is finished, then the
// archive number and how long it is kept, the 卷宗, and 销毁卷宗 after the retention for the roles
// the plan names.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { archiveRule, retentionOver } from '@shared/archive';
import type { Incident } from '@shared/model';
import { planOfIncident } from '@shared/planVersions';
import { planDateOf } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { getHost } from '../../host';
import { archiveIncident, deleteArchivedFile } from '../../db/archive';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { formatDateTime } from '../../ui/format';
import { useCommand } from '../../ui/useCommand';
import { useOperator, useWriteContext } from '../session/useWriteContext';

export function ArchivePanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { db, now } = book;
  const locale = useAppSelector((s) => s.session.locale);
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const command = useCommand();
  const plan = planOfIncident(book, incident);
  const rule = archiveRule(plan);
  const finished = incident.state === 'closed' || incident.state === 'rejected';
  const archive = incident.archive;
  const today = planDateOf(now(), plan.utcOffsetMinutes);
  const mayDelete =
    archive !== undefined && operator !== null && rule.deleteRoles.includes(operator.role) && retentionOver(archive.retainUntil, today);
  const roles = rule.deleteRoles.map((role) => t(`role.${role}`)).join(locale === 'en' ? ', ' : '、');

  async function remove() {
    const gone = await command.run(() => deleteArchivedFile(db, incident.id, writeContext(), getHost()));
    if (gone) navigate('/board');
  }

  return (
    <Panel
      title={t('archive.title')}
      className="archive-panel"
      actions={
        finished && !archive ? (
          <button
            type="button"
            disabled={command.busy}
            onClick={() => void command.run(() => archiveIncident(db, incident.id, writeContext()))}
          >
            {t('archive.archive')}
          </button>
        ) : null
      }
    >
      <p className="muted small">
        {t('archive.rule', { one: rule.retentionYears[0], two: rule.retentionYears[1], three: rule.retentionYears[2], roles })}
      </p>
      {!finished ? <p className="muted">{t('archive.notFinished')}</p> : null}
      {archive ? (
        <>
          <p role="status">
            {t('archive.archived', {
              number: archive.number,
              name: archive.byName,
              at: formatDateTime(archive.at, plan.utcOffsetMinutes),
              until: archive.retainUntil,
            })}
          </p>
          <p className="muted small">{t('archive.offBoard')}</p>
          <div className="form-actions">
            <Link href={`/incidents/${incident.id}/dossier`} className="button">
              {t('archive.dossier')}
            </Link>
            {mayDelete && !confirming ? (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                {t('archive.delete')}
              </button>
            ) : null}
          </div>
          {!retentionOver(archive.retainUntil, today) ? (
            <p className="muted small">{t('archive.retentionRunning', { until: archive.retainUntil })}</p>
          ) : null}
          {confirming ? (
            <div className="notice warning" role="alertdialog" aria-label={t('archive.delete')}>
              <p>{t('archive.confirmDelete', { number: archive.number })}</p>
              <div className="form-actions">
                <button type="button" className="danger" disabled={command.busy} onClick={() => void remove()}>
                  {t('archive.confirm')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('archive.cancel')}
                </button>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
      <FormAlert text={command.alert} />
    </Panel>
  );
}
