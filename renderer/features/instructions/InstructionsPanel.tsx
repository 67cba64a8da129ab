// 指令: the instructions issued from an incident, the issue form, and the one-click standard
// instructions once the response is active. Each instruction carries its own actions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byUrgency } from '@shared/instructions';
import type { Incident } from '@shared/model';
import { isOpen } from '@shared/workflow';
import { useConsole } from '../../db/DatabaseContext';
import { Panel } from '../../ui/Field';
import { useNow } from '../../ui/useNow';
import { InstructionCard } from './InstructionCard';
import { IssueForm } from './IssueForm';
import { StandardInstructions } from './StandardInstructions';
import { useInstructionsOf } from '../../db/reads/instructions';
import { useTeams } from '../../db/reads/organisation';
import './instructions.css';

export function InstructionsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { now: clock } = useConsole();
  const now = useNow(clock, 1000);
  const teams = useTeams();
  const [issuing, setIssuing] = useState(false);
  const instructions = useInstructionsOf(incident.id);
  const open = isOpen(incident.state);
  // Finished ones last; among the rest, overdue first, then by deadline.
  const finished = (i: (typeof instructions)[number]) => Number(i.state === 'accepted' || i.state === 'cancelled');
  const urgency = byUrgency(now, () => open);
  const ordered = [...instructions].sort((a, b) => finished(a) - finished(b) || urgency(a, b));
  return (
    <Panel
      title={t('instructions.panel')}
      className="instructions-panel"
      actions={
        open && !issuing ? (
          <button type="button" onClick={() => setIssuing(true)}>
            {t('instructions.issue')}
          </button>
        ) : null
      }
    >
      {open ? <StandardInstructions incident={incident} teams={teams} /> : null}
      {issuing ? <IssueForm incident={incident} teams={teams} onDone={() => setIssuing(false)} /> : null}
      {ordered.length === 0 ? <p className="muted">{t('instructions.none')}</p> : null}
      <ul className="instruction-list" aria-label={t('instructions.panel')}>
        {ordered.map((instruction) => (
          <InstructionCard key={instruction.id} instruction={instruction} teams={teams} now={now} incidentOpen={open} />
        ))}
      </ul>
    </Panel>
  );
}
