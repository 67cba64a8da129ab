// On the dashboard (指挥台): improvement measures found in drills that are not done yet, earliest due
// first, overdue ones flagged, each with a button to mark it done. Nothing shows when none are open.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { planDateOf } from '@shared/time';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { markDrillMeasureDone } from '../../db/drillProgramme';
import { useOpenDrillMeasures } from '../../db/reads/drillProgramme';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { titleIn } from './programmeText';
import './programme.css';

export function DrillMeasuresPanel() {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const rows = useOpenDrillMeasures();
  const { alert, busy, run } = useCommand();
  if (!rows || rows.length === 0) return null;
  const today = planDateOf(now(), plan.utcOffsetMinutes);
  const title = t('drillProgramme.dashboard.title');
  return (
    <Panel title={title} className="drill-measures-panel" actions={<Link href="/programme">{t('drillProgramme.title')}</Link>}>
      <ul className="programme-measures" aria-label={t('drillProgramme.dashboard.list')}>
        {rows.map((m) => {
          const owner = people.find((p) => p.id === m.ownerId)?.name;
          return (
            <li key={m.id} className={m.dueDate < today ? 'measure-overdue' : undefined}>
              <span className="measure-text">{m.measure}</span>
              <span className="muted">
                {t('drillProgramme.dashboard.from', { scenario: titleIn(m.scenarioTitle, locale), day: m.drillDay })}
                {owner ? ` · ${t('drillProgramme.dashboard.owner', { name: owner })}` : ''} ·{' '}
                {t('drillProgramme.dashboard.due', { day: m.dueDate })}
              </span>
              {m.dueDate < today ? <span className="badge overdue">{t('drillProgramme.dashboard.overdue')}</span> : null}
              <button type="button" disabled={busy} onClick={() => void run(() => markDrillMeasureDone(db, m.id, writeContext()))}>
                {t('drillProgramme.measure.done')}
              </button>
            </li>
          );
        })}
      </ul>
      <FormAlert text={alert} />
    </Panel>
  );
}
