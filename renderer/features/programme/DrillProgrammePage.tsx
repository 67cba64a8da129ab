// 演练计划与培训: the year's drill plan with its reminders, attendance and improvement measures,
// training sessions, a person's record and the statistics per team. Everything of one year is read
// by its indexes (a year's plan and sessions are tens of rows), never a whole table.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drillProgrammeRule } from '@shared/drillProgramme';
import { planDateOf } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { useDrillPlanOfYear, useTrainingsOfYear } from '../../db/reads/drillProgramme';
import { useTeamsOfKinds } from '../../db/reads/organisation';
import { Panel } from '../../ui/Field';
import { DrillPlanTable } from './DrillPlanTable';
import { PersonRecord } from './PersonRecord';
import { PlanDrillForm } from './PlanDrillForm';
import { ProgrammeStats } from './ProgrammeStats';
import { TrainingPanel } from './TrainingPanel';
import './programme.css';

export function DrillProgrammePage() {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const [year, setYear] = useState(() => Number(planDateOf(now(), plan.utcOffsetMinutes).slice(0, 4)));
  const drills = useDrillPlanOfYear(year);
  const trainings = useTrainingsOfYear(year);
  const teams = useTeamsOfKinds('leading-group', 'working-team') ?? [];
  if (db.mode !== 'live') {
    return (
      <section className="page">
        <h1>{t('drillProgramme.title')}</h1>
        <p role="status">{t('drillProgramme.liveOnly')}</p>
      </section>
    );
  }
  return (
    <div className="programme-page">
      <div className="page-header">
        <h1>{t('drillProgramme.title')}</h1>
        <label className="year-picker">
          {t('drillProgramme.year')}
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => Number.isInteger(Number(e.target.value)) && Number(e.target.value) >= 2000 && setYear(Number(e.target.value))}
          />
        </label>
      </div>
      <Panel title={t('drillProgramme.plan.title')}>
        <p className="muted small">{t('drillProgramme.yearHint', { days: drillProgrammeRule(plan).remindDaysBefore })}</p>
        <PlanDrillForm year={year} teams={teams} />
        <DrillPlanTable year={year} drills={drills} teams={teams} />
      </Panel>
      <TrainingPanel year={year} trainings={trainings} />
      {drills && trainings ? <ProgrammeStats year={year} teams={teams} drills={drills} trainings={trainings} /> : null}
      <PersonRecord />
    </div>
  );
}
