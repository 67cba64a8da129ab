// 标准指令: what each team is told when a response is activated — the team, the levels whose
// activation issues it, what it says, how long it has, and its priority.
import { useTranslation } from 'react-i18next';
import type { StandardInstruction } from '@shared/plan';
import { RESPONSIBLE_TEAM } from '@shared/routing';
import { localized } from '@shared/text';
import { useAppSelector } from '../../../store';
import { Field } from '../../../ui/Field';
import { useTeams } from '../../../db/reads/organisation';
import { freshCode, ItemTable, LevelChecks, NumberCell, RemoveButton, replaceAt, Section, type SectionProps } from './draftForm';

const PRIORITIES: StandardInstruction['priority'][] = ['urgent', 'high', 'normal'];

/** Teams an instruction may go to: those the plan gives duties to (else the organisation's), and the responsible unit. */
function useTeamChoices(form: SectionProps['form']) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const teams = useTeams();
  const named = (code: string, fallback: string) => {
    const team = teams.find((tm) => tm.code === code);
    return team ? localized(team.name, locale) : fallback;
  };
  const own = form.document
    ? form.document.duties.map((d) => ({ value: d.teamCode, label: named(d.teamCode, localized(d.teamName, locale)) }))
    : teams.filter((tm) => tm.kind !== 'task-force').map((tm) => ({ value: tm.code, label: localized(tm.name, locale) }));
  return [...own, { value: RESPONSIBLE_TEAM, label: t('planEditor.editor.responsibleTeam') }];
}

export function InstructionsSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const choices = useTeamChoices(form);
  const set = (index: number, patch: Partial<StandardInstruction>) =>
    update((f) => ({ ...f, standardInstructions: replaceAt(f.standardInstructions, index, patch) }));
  const add = () =>
    update((f) => ({
      ...f,
      standardInstructions: [
        ...f.standardInstructions,
        {
          code: freshCode(
            'instruction',
            f.standardInstructions.map((s) => s.code),
          ),
          teamCode: choices[0]?.value ?? RESPONSIBLE_TEAM,
          content: { zh: '' },
          dueMinutes: 60,
          priority: 'normal',
        },
      ],
    }));
  const remove = (index: number) => update((f) => ({ ...f, standardInstructions: f.standardInstructions.filter((_, i) => i !== index) }));
  return (
    <Section
      title={t('planEditor.editor.instructions')}
      wide
      actions={
        <button type="button" onClick={add}>
          {t('planEditor.editor.addInstruction')}
        </button>
      }
    >
      {form.standardInstructions.length === 0 ? <p className="muted small">{t('planEditor.editor.noInstructions')}</p> : null}
      <ItemTable
        className="plan-instructions"
        heads={[
          t('planEditor.editor.team'),
          t('planEditor.editor.levels'),
          t('planEditor.editor.content'),
          t('planEditor.editor.dueMinutes'),
          t('planEditor.editor.priority'),
        ]}
      >
        {form.standardInstructions.map((instruction, i) => {
          const label = t('planEditor.editor.instructionN', { n: i + 1 });
          return (
            <tr key={instruction.code} aria-label={label}>
              <td>
                <Field label={`${label} ${t('planEditor.editor.team')}`} error={err(`standardInstructions.${i}.teamCode`)}>
                  {(a) => (
                    <select {...a} value={instruction.teamCode} onChange={(e) => set(i, { teamCode: e.target.value })}>
                      {choices.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                      {!choices.some((c) => c.value === instruction.teamCode) ? (
                        <option value={instruction.teamCode}>{instruction.teamCode}</option>
                      ) : null}
                    </select>
                  )}
                </Field>
              </td>
              <LevelChecks
                label={label}
                levels={instruction.levels}
                error={err(`standardInstructions.${i}.levels`)}
                onChange={(levels) => set(i, { levels })}
              />
              <td>
                <Field label={`${label} ${t('planEditor.editor.content')}`} error={err(`standardInstructions.${i}.content.zh`)}>
                  {(a) => (
                    <textarea
                      {...a}
                      rows={2}
                      value={instruction.content.zh}
                      onChange={(e) => set(i, { content: { ...instruction.content, zh: e.target.value } })}
                    />
                  )}
                </Field>
                <Field label={`${label} ${t('planEditor.editor.contentEn')}`} error={err(`standardInstructions.${i}.content.en`)}>
                  {(a) => (
                    <textarea
                      {...a}
                      rows={2}
                      value={instruction.content.en ?? ''}
                      onChange={(e) => set(i, { content: { ...instruction.content, en: e.target.value } })}
                    />
                  )}
                </Field>
              </td>
              <NumberCell
                label={`${label} ${t('planEditor.editor.dueMinutes')}`}
                value={instruction.dueMinutes}
                error={err(`standardInstructions.${i}.dueMinutes`)}
                onChange={(dueMinutes) => set(i, { dueMinutes })}
              />
              <td>
                <select
                  aria-label={`${label} ${t('planEditor.editor.priority')}`}
                  value={instruction.priority}
                  onChange={(e) => set(i, { priority: e.target.value as StandardInstruction['priority'] })}
                >
                  {PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {t(`planEditor.editor.priorities.${p}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <RemoveButton name={label} onClick={() => remove(i)} />
              </td>
            </tr>
          );
        })}
      </ItemTable>
    </Section>
  );
}
