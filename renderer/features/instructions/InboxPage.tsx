// 指令收件箱: one team's instructions (or the operator's own), grouped 待签收 / 办理中 / 已反馈 /
// 已办结, overdue first, each linking to its incident and carrying its actions; or 待我采纳, the
// reported results across all teams waiting for this operator (the leader, a deputy, the issuer).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { byUrgency, INBOX_GROUPS, inboxGroupOf } from '@shared/instructions';
import type { Instruction } from '@shared/command';
import type { Team } from '@shared/model';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useInboxRows } from '../../db/reads/instructions';
import { useAppSelector } from '../../store';
import { useNow } from '../../ui/useNow';
import { useOperator } from '../session/useWriteContext';
import { InstructionCard } from './InstructionCard';
import { useTeams } from '../../db/reads/organisation';
import './instructions.css';

const MINE = 'mine';
const TO_ACCEPT = 'to-accept';
const COMMANDERS = new Set(['leader', 'deputy']);
/** Leading group first, then the working teams; departments and task forces after them. */
const KIND_ORDER: Team['kind'][] = ['leading-group', 'working-team', 'department', 'task-force'];

export function InboxPage({ teamId }: { teamId?: string | undefined }) {
  const { t } = useTranslation();
  const { now: clock } = useConsole();
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
  // The leader and deputies, who lead no working team, land on what waits for their decision.
  const selected = teamId ?? ownTeam?.id ?? (COMMANDERS.has(operator?.role ?? '') ? TO_ACCEPT : MINE);

  const rows = useInboxRows(
    selected === TO_ACCEPT
      ? { of: 'awaiting-decision', actor: operator }
      : selected === MINE
        ? { of: 'assignee', personId: operator?.id ?? '' }
        : { of: 'team', teamId: selected },
  );
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
            <option value={TO_ACCEPT}>{t('instructions.toAccept.title')}</option>
          </select>
        </div>
        {rows ? <span className="muted">{t('instructions.count', { count: rows.length })}</span> : null}
      </div>
      {selected === TO_ACCEPT ? (
        <section className="inbox-group inbox-to-accept" aria-label={t('instructions.toAccept.title')}>
          <h2>
            {t('instructions.toAccept.title')} <span className="badge count">{rows?.length ?? 0}</span>
          </h2>
          <p className="muted small">{t('instructions.toAccept.hint')}</p>
          {rows && rows.length === 0 ? <p className="empty">{t('instructions.toAccept.empty')}</p> : null}
          <CardList rows={rows ?? []} teams={teams} now={now} />
        </section>
      ) : (
        <TeamInbox rows={rows} sorted={sorted} teams={teams} now={now} />
      )}
    </div>
  );
}

/** `incidentOpen`: a closed incident's instructions stay listed, but their clocks have stopped. */
type Row = { instruction: Instruction; number: string | undefined; incidentOpen: boolean };

/** One team's (or the operator's own) instructions in the four inbox groups. */
function TeamInbox({ rows, sorted, teams, now }: { rows: Row[] | undefined; sorted: Row[]; teams: Team[]; now: number }) {
  const { t } = useTranslation();
  return (
    <>
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
              <CardList rows={inGroup} teams={teams} now={now} />
            </section>
          );
        })}
      </div>
    </>
  );
}

function CardList({ rows, teams, now }: { rows: readonly Row[]; teams: Team[]; now: number }) {
  return (
    <ul className="instruction-list">
      {rows.map(({ instruction, number, incidentOpen }) => (
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
  );
}
