// 出勤: who of the drill's teams was there (each member ticked present by default), others named by
// their name in the organisation, and the day it was held. Saving marks the drill held.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planDateOf } from '@shared/time';
import type { DrillPlanItem } from '@shared/drillProgramme';
import type { Team } from '@shared/model';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { recordDrillAttendance } from '../../db/drillProgramme';
import { dataKey, say } from '../../i18n/keys';
import { useAppSelector } from '../../store';
import { Field, Panel } from '../../ui/Field';
import { FormMessage } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { teamNamesIn, titleIn } from './programmeText';

const membersOf = (team: Team) => [...(team.leadId ? [team.leadId] : []), ...team.memberIds.filter((id) => id !== team.leadId)];

export function AttendanceForm({ drill, teams, onClose }: { drill: DrillPlanItem; teams: readonly Team[]; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const ofDrill = teams.filter((team) => drill.teamIds.includes(team.id));
  const known = new Map(drill.attendance.map((a) => [a.personId, a.present]));
  const members = new Set(ofDrill.flatMap(membersOf));
  // A correction starts from what was recorded: everyone on it as they were (present or absent),
  // and a member who joined a team since the drill as not present. A first record starts with
  // the teams' members present.
  const [present, setPresent] = useState<Record<string, boolean>>(() => ({
    ...Object.fromEntries([...members].map((id) => [id, known.get(id) ?? drill.status !== 'held'])),
    ...Object.fromEntries(known),
  }));
  const othersRecorded = drill.attendance.map((a) => a.personId).filter((id) => !members.has(id));
  const today = planDateOf(now(), plan.utcOffsetMinutes);
  const [heldOn, setHeldOn] = useState(drill.heldOn ?? (drill.plannedFor < today ? drill.plannedFor : today));
  const [extra, setExtra] = useState('');
  const { errors, message, busy, run } = useCommand({}, { validationSentence: 'drillProgramme.attendance.fixFields' });
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '';
  const scenario = titleIn(drill.scenarioTitle, locale);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(
      () =>
        recordDrillAttendance(
          db,
          {
            planId: drill.id,
            heldOn,
            attendance: Object.entries(present).map(([personId, here]) => ({ personId, present: here })),
            extraNames: extra.split(/[,，、\s]+/).filter(Boolean),
          },
          writeContext(),
        ),
      (item, tr) => {
        const count = item.attendance.filter((a) => a.present).length;
        return tr('drillProgramme.attendance.saved', { present: count, absent: item.attendance.length - count });
      },
    );
  }

  /** One group of people, each ticked present or not. */
  const presence = (key: string, legend: string, ids: readonly string[]) => (
    <fieldset key={key} className="programme-choices wide">
      <legend>{legend}</legend>
      {ids.map((id) => (
        <label key={id} className="check">
          <input type="checkbox" checked={present[id] ?? false} onChange={(e) => setPresent((p) => ({ ...p, [id]: e.target.checked }))} />
          {nameOf(id)}
        </label>
      ))}
    </fieldset>
  );

  return (
    <Panel title={t('drillProgramme.attendance.title', { scenario, day: drill.plannedFor })} className="programme-sub">
      <form className="programme-form" aria-label={t('drillProgramme.plan.recordAttendance')} onSubmit={submit} noValidate>
        <Field label={t('drillProgramme.attendance.heldOn')} error={errors.heldOn}>
          {(a) => <input type="date" {...a} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}
        </Field>
        {ofDrill.map((team) => presence(team.id, teamNamesIn([team.id], teams, locale), membersOf(team)))}
        {othersRecorded.length > 0 ? presence('others', t('drillProgramme.attendance.others'), othersRecorded) : null}
        <Field label={t('drillProgramme.attendance.extra')} error={errors.extraNames} hint={t('drillProgramme.attendance.extraHint')} wide>
          {(a) => <input {...a} value={extra} onChange={(e) => setExtra(e.target.value)} />}
        </Field>
        {errors.attendance ? (
          <div className="field-error wide" role="alert">
            {say(t, dataKey(errors.attendance))}
          </div>
        ) : null}
        <FormMessage message={message} wide />
        <div className="form-actions wide">
          <button type="submit" className="primary" disabled={busy}>
            {t('drillProgramme.attendance.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('drillProgramme.attendance.close')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
