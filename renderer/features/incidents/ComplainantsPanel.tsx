// The complainants of an incident (one, or many for a group complaint). Personal data is masked
// until the operator asks to see it, and that request is recorded. In a group complaint each one's
// feedback and satisfaction is shown, and recorded, for that complainant.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { resultsPerComplainant } from '@shared/complainantResults';
import type { Incident } from '@shared/model';
import { maskIdNumber, maskPhone } from '@shared/privacy';
import { isOpen } from '@shared/workflow';
import { useConsole } from '../../db/DatabaseContext';
import { recordPersonalDataViewed } from '../../db/incidents';
import { useComplaintsOf } from '../../db/reads/complaints';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { ComplainantResult } from './ComplainantResult';
import { FormAlert } from '../../ui/Outcome';

export function ComplainantsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const writeContext = useWriteContext();
  const complaints = useComplaintsOf(incident.id) ?? [];
  const results = resultsPerComplainant(
    incident,
    complaints.map((c) => c.id),
  );
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const { alert: failure, run } = useCommand();

  // The data is shown only once the viewing is on the timeline; if that cannot be written, it stays hidden.
  const toggle = async (id: string, number: string) => {
    if (revealed.has(id)) {
      setRevealed((r) => new Set([...r].filter((x) => x !== id)));
      return;
    }
    if ((await run(() => recordPersonalDataViewed(db, incident.id, number, writeContext()))) === null) return;
    setRevealed((r) => new Set([...r, id]));
  };

  return (
    <Panel
      title={t('detail.complaints', { count: complaints.length })}
      className="complainants-panel"
      actions={
        isOpen(incident.state) ? (
          <Link href={`/intake/attach/${incident.id}`} className="button">
            {t('detail.attach')}
          </Link>
        ) : null
      }
    >
      <FormAlert text={failure} />
      <ul className="complainant-list">
        {complaints.map((c, index) => {
          const shown = revealed.has(c.id);
          return (
            <li key={c.id} aria-label={c.number}>
              <div className="complainant-head">
                <span className="mono">{c.number}</span>
                <strong>{c.complainant.name}</strong>
                <span className="mono">{shown ? c.complainant.phone : maskPhone(c.complainant.phone)}</span>
                {c.complainant.idNumber ? (
                  <span className="mono">{shown ? c.complainant.idNumber : maskIdNumber(c.complainant.idNumber)}</span>
                ) : null}
                <span className="muted small">{formatDateTime(c.receivedAt, plan.utcOffsetMinutes)}</span>
                <span className="muted small">{t('detail.people', { count: c.peopleInvolved })}</span>
                <button type="button" className="link" onClick={() => void toggle(c.id, c.number)}>
                  {shown ? t('detail.hidePersonal') : t('detail.showPersonal')}
                </button>
                <Link href={`/complaints/${c.id}/acknowledgement`} className="link" aria-label={`${t('acknowledgement.open')} ${c.number}`}>
                  {t('acknowledgement.open')}
                </Link>
              </div>
              {shown && c.complainant.address ? <div className="small">{c.complainant.address}</div> : null}
              <p className="complaint-content">{c.content}</p>
              <p className="small">{t('detail.expected', { text: c.expectedResolution })}</p>
              {complaints.length > 1 ? <ComplainantResult incident={incident} result={results[index]!} number={c.number} /> : null}
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('detail.personalLogged')}</p>
    </Panel>
  );
}
