// 指令收件箱: one team's instructions (or the operator's own), grouped 待签收 / 办理中 / 已反馈 /
// 已办结, overdue first, each linking to its incident and carrying its actions.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import { byUrgency, INBOX_GROUPS, inboxGroupOf } from '@shared/instructions';
import type { Team } from '@shared/model';
import { isOpen } from '@shared/workflow';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { useNow } from '../../ui/useNow';
import { useOperator } from '../session/useWriteContext';
import { InstructionCard } from './InstructionCard';
import { useTeams } from './instructionText';
import './instructions.css';

const MINE = 'mine';
/** Leading group first, then the working teams; departments and task forces after them. */
const KIND_ORDER: Team['kind'][] = ['leading-group', 'working-team', 'department', 'task-force'];

export function InboxPage({ teamId }: { teamId?: string | undefined }) {
  const { t } = useTranslation();
  const { db, now: clock } = useConsole();
  const now = useNow(clock, 1000);
  const operator = useOperator();
  const locale = useAppSelector((s) => s.session.locale);
  const [, navigate] = useLocation();
  const teams = useTeams();
  const selectId = useId();
  const inboxTeams = teams
    .filter((team) => team.kind !== 'task-force' || team.memberIds.includes(operator?.id ?? '') || team.leadId === operator?.id)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  // Without a choice, the inbox of the operator's own working team, else their personal one.
  const ownTeam = inboxTeams.find(
    (team) => team.kind === 'working-team' && (team.leadId === operator?.id || team.memberIds.includes(operator?.id ?? '')),
  );
  const selected = teamId ?? ownTeam?.id ?? MINE;

  const rows = useLiveQuery(async () => {
    const list =
      selected === MINE
        ? await db.instructions
            .where('assigneeId')
            .equals(operator?.id ?? '')
            .toArray()
        : await db.instructions.where('teamId').equals(selected).toArray();
    const incidents = await db.incidents.bulkGet([...new Set(list.map((i) => i.incidentId))]);
    const byId = new Map(incidents.filter((i) => i !== undefined).map((i) => [i.id, i]));
    return list.map((instruction) => {
      const incident = byId.get(instruction.incidentId);
      // A closed incident's instructions stay listed for the record, but their clocks have stopped.
      return { instruction, number: incident?.number, incidentOpen: incident !== undefined && isOpen(incident.state) };
    });
  }, [db, selected, operator?.id]);
  const openOf = new Map((rows ?? []).map((row) => [row.instruction.id, row.incidentOpen]));
  const urgency = byUrgency(now, (instruction) => openOf.get(instruction.id) ?? false);
  const sorted = [...(rows ?? [])].sort((a, b) => urgency(a.instruction, b.instruction));

  return (
    <div className="inbox">
      <div className="page-header inbox-header">
        <h1>{t('instructions.title')}</h1>
        <div className="inbox-team">
          <label htmlFor={selectId}>{t('instructions.team')}</label>
          <select id={selectId} value={selected} onChange={(e) => navigate(`/inbox/${e.target.value}`)}>
            {inboxTeams.map((team) => (
              <option key={team.id} value={team.id}>
                {localized(team.name, locale)}
              </option>
            ))}
            <option value={MINE}>{t('instructions.mine')}</option>
          </select>
        </div>
        {rows ? <span className="muted">{t('instructions.count', { count: rows.length })}</span> : null}
      </div>
      {rows && rows.length === 0 ? <p className="empty">{t('instructions.inboxEmpty')}</p> : null}
      <div className="inbox-groups">
        {INBOX_GROUPS.map((group) => {
          const inGroup = sorted.filter((row) => inboxGroupOf(row.instruction.state) === group);
          return (
            <section key={group} className={`inbox-group inbox-${group}`} aria-label={t(`instructions.group.${group}`)}>
              <h2>
                {t(`instructions.group.${group}`)} <span className="badge count">{inGroup.length}</span>
              </h2>
              {inGroup.length === 0 ? <p className="muted small empty-group">{t('instructions.groupEmpty')}</p> : null}
              <ul className="instruction-list">
                {inGroup.map(({ instruction, number, incidentOpen }) => (
                  <InstructionCard
                    key={instruction.id}
                    instruction={instruction}
                    teams={teams}
                    now={now}
                    incidentNumber={number}
                    incidentOpen={incidentOpen}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
