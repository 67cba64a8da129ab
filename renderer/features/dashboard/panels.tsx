// The dashboard's panels; each takes figures already counted in shared/dashboard.ts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AttentionItem, LevelKey, Phase } from '@shared/dashboard';
import { PHASES } from '@shared/dashboard';
import type { Instruction } from '@shared/command';
import type { Incident, Team, TimelineEntry } from '@shared/model';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { timelineText } from '../../ui/describe';
import { formatDateTime, formatDuration } from '../../ui/format';
import { levelColour } from '../../ui/Badges';
import { contentOf } from '../instructions/instructionText';

export function LevelPhaseTable({ rows }: { rows: { level: LevelKey; counts: Record<Phase, number>; total: number }[] }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <table className="matrix" aria-label={t('dashboard.byLevelAndPhase')}>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.level')}</th>
          {PHASES.map((phase) => (
            <th scope="col" key={phase}>
              {t(`dashboard.phase.${phase}`)}
            </th>
          ))}
          <th scope="col">{t('dashboard.total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.level} data-level={row.level}>
            <th scope="row">
              <span className={`dot level-${levelColour(row.level === 'none' ? null : row.level, plan.grades)}`} aria-hidden="true" />
              {row.level === 'none' ? t('level.none') : t(`level.${row.level}`)}
            </th>
            {PHASES.map((phase) => (
              <td key={phase} className={row.counts[phase] ? '' : 'zero'}>
                {row.counts[phase]}
              </td>
            ))}
            <td className="total">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TeamCards({
  teams,
  load,
  dark,
}: {
  teams: Team[];
  /** null while what is due is still being read: the figures show as … rather than a false 0. */
  load: { teamId: string; open: number; overdue: number }[] | null;
  dark?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  return (
    <div className="team-cards">
      {teams.map((team) => {
        const figures = load ? (load.find((l) => l.teamId === team.id) ?? { open: 0, overdue: 0 }) : null;
        const body = (
          <>
            <h3>{localized(team.name, locale)}</h3>
            <div className="team-figures" aria-busy={figures ? undefined : true}>
              <span>
                <strong>{figures ? figures.open : '…'}</strong> {t('dashboard.openInstructions')}
              </span>
              <span className={figures?.overdue ? 'overdue' : ''}>
                <strong>{figures ? figures.overdue : '…'}</strong> {t('dashboard.overdueInstructions')}
              </span>
            </div>
          </>
        );
        return dark ? (
          <div key={team.id} className="team-card" aria-label={localized(team.name, locale)}>
            {body}
          </div>
        ) : (
          <Link key={team.id} href={`/inbox/${team.id}`} className="team-card">
            {body}
          </Link>
        );
      })}
    </div>
  );
}

type StripProps = {
  items: AttentionItem[];
  now: number;
  teams: Team[];
  incidents: Incident[];
  instructions: Instruction[];
  /** How many are listed; the rest are counted, with where to find them. */
  limit?: number;
};

/** The most urgent items a panel lists; a bad day's hundreds are counted, not drawn. */
export const ATTENTION_SHOWN = 30;

export function AttentionStrip({ items, now, teams, incidents, instructions, limit = ATTENTION_SHOWN }: StripProps) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const numbers = useMemo(() => new Map(incidents.map((i) => [i.id, i.number])), [incidents]);
  const byId = useMemo(() => new Map(instructions.map((i) => [i.id, i])), [instructions]);
  const numberOf = (id: string) => numbers.get(id) ?? '';
  const contentFor = (id: string, fallback: string) => {
    const instruction = byId.get(id);
    return instruction ? contentOf(instruction, plan, locale) : fallback;
  };
  const shown = items.slice(0, limit);
  const teamName = (id: string | null) => {
    const team = teams.find((x) => x.id === id);
    return team ? localized(team.name, locale) : '';
  };
  if (items.length === 0) return <p className="muted">{t('dashboard.nothingDue')}</p>;
  return (
    <>
      <ul className="attention" aria-label={t('dashboard.attention')}>
        {shown.map((item) => {
          const when =
            item.dueAt === null
              ? t('board.calendarMissing')
              : item.overdue
                ? t('clock.overdueBy', { time: formatDuration(now - item.dueAt, t) })
                : t('clock.remaining', { time: formatDuration(item.dueAt - now, t) });
          return (
            <li
              key={item.kind === 'clock' ? `${item.incidentId}-${item.stage}` : item.instructionId}
              className={item.overdue ? 'overdue' : 'due-soon'}
            >
              <Link href={`/incidents/${item.incidentId}`}>
                {item.kind === 'clock'
                  ? t('dashboard.clockItem', { number: item.number, title: item.title, stage: t(`clock.stage.${item.stage}`) })
                  : t('dashboard.instructionItem', {
                      number: numberOf(item.incidentId),
                      team: teamName(item.teamId),
                      content: contentFor(item.instructionId, item.content),
                    })}
              </Link>
              <span className="when">{when}</span>
            </li>
          );
        })}
      </ul>
      {items.length > shown.length ? (
        <p className="muted small attention-more">
          <Link href="/board">{t('dashboard.attentionMore', { count: items.length - shown.length })}</Link>
        </p>
      ) : null}
    </>
  );
}

export function LatestTimeline({ entries }: { entries: { entry: TimelineEntry; incident: Incident | undefined }[] }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <ol className="latest" aria-label={t('dashboard.latest')}>
      {entries.map(({ entry, incident }) => (
        <li key={entry.id}>
          <time>{formatDateTime(entry.at, plan.utcOffsetMinutes).slice(5)}</time>
          <span className="mono">{incident?.number ?? ''}</span>
          <span>{timelineText(entry.kind, entry.params, t)}</span>
          <span className="muted">{entry.actorId === 'system' ? t('timeline.system') : entry.actorName}</span>
        </li>
      ))}
    </ol>
  );
}
