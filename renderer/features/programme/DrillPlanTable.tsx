// The year's drill plan: each drill's day, scenario, teams, organiser and where it stands (planned,
// coming up, overdue, held with its attendance, cancelled); attendance and measures open below it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drillProgrammeRule, drillStanding, type DrillPlanItem } from '@shared/drillProgramme';
import type { Team } from '@shared/model';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { cancelPlannedDrill } from '../../db/drillProgramme';
import { useAppSelector } from '../../store';
import { FormMessage } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useNow } from '../../ui/useNow';
import { useWriteContext } from '../session/useWriteContext';
import { AttendanceForm } from './AttendanceForm';
import { DrillMeasures } from './DrillMeasures';
import { teamNamesIn, titleIn } from './programmeText';

type Open = { id: string; what: 'attendance' | 'measures' } | null;

export function DrillPlanTable({ year, drills, teams }: { year: number; drills: DrillPlanItem[] | undefined; teams: readonly Team[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const minute = useNow(now, 60_000);
  const writeContext = useWriteContext();
  const [open, setOpen] = useState<Open>(null);
  const { message, busy, run } = useCommand();
  const rule = drillProgrammeRule(plan);
  const nameOf = (id: string | undefined) => people.find((p) => p.id === id)?.name ?? '';
  if (!drills) return null;
  if (drills.length === 0) return <p className="muted">{t('drillProgramme.plan.empty', { year })}</p>;
  const opened = open ? drills.find((d) => d.id === open.id) : undefined;
  return (
    <>
      <table className="programme-table" aria-label={t('drillProgramme.plan.list', { year })}>
        <thead>
          <tr>
            <th>{t('drillProgramme.plan.columns.day')}</th>
            <th>{t('drillProgramme.plan.columns.scenario')}</th>
            <th>{t('drillProgramme.plan.columns.teams')}</th>
            <th>{t('drillProgramme.plan.columns.organiser')}</th>
            <th>{t('drillProgramme.plan.columns.status')}</th>
            <th>{t('drillProgramme.plan.columns.attendance')}</th>
            <th>{t('drillProgramme.plan.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {drills.map((drill) => {
            const standing = drillStanding(drill, rule, minute, plan.utcOffsetMinutes);
            const present = drill.attendance.filter((a) => a.present).length;
            return (
              <tr key={drill.id} className={`standing-${standing}`}>
                <td className="nowrap">{drill.heldOn ?? drill.plannedFor}</td>
                <td>{titleIn(drill.scenarioTitle, locale)}</td>
                <td>{teamNamesIn(drill.teamIds, teams, locale)}</td>
                <td className="nowrap">{nameOf(drill.organiserId)}</td>
                <td className="nowrap">
                  <span className={`badge standing-${standing}`}>{t(`drillProgramme.standing.${standing}`)}</span>
                </td>
                <td className="nowrap">
                  {drill.status === 'held'
                    ? t('drillProgramme.plan.attendanceCount', { present, absent: drill.attendance.length - present })
                    : ''}
                </td>
                <td className="programme-actions">
                  {drill.status !== 'cancelled' ? (
                    <button type="button" onClick={() => setOpen({ id: drill.id, what: 'attendance' })}>
                      {t('drillProgramme.plan.recordAttendance')}
                    </button>
                  ) : null}
                  {drill.status === 'held' ? (
                    <button type="button" onClick={() => setOpen({ id: drill.id, what: 'measures' })}>
                      {t('drillProgramme.plan.measures')}
                    </button>
                  ) : null}
                  {drill.status === 'planned' ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        void run(
                          () => cancelPlannedDrill(db, drill.id, writeContext()),
                          (item, tr) =>
                            tr('drillProgramme.plan.cancelled', { scenario: titleIn(item.scenarioTitle, locale), day: item.plannedFor }),
                        )
                      }
                    >
                      {t('drillProgramme.plan.cancel')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormMessage message={message} />
      {opened && open?.what === 'attendance' ? (
        <AttendanceForm key={opened.id} drill={opened} teams={teams} onClose={() => setOpen(null)} />
      ) : null}
      {opened && open?.what === 'measures' ? <DrillMeasures key={opened.id} drill={opened} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
