// 预案文本: the plan's title, its written parts and each team's duties. A plan without text (the
// console's first plan) starts one with every team of the organisation and its duties as the
// organisation records them; the office then writes each part.
import { useTranslation } from 'react-i18next';
import type { Team } from '@shared/model';
import type { Plan } from '@shared/plan';
import { PROSE_PARTS, type PlanDocument, type PlanDuty } from '@shared/planDocument';
import { localized, type LocalizedText } from '@shared/text';
import { useAppSelector } from '../../../store';
import { Field } from '../../../ui/Field';
import { useTeams } from '../../../db/reads/organisation';
import { ItemTable, RemoveButton, replaceAt, Section, type SectionProps } from './draftForm';

const EMPTY: LocalizedText = { zh: '' };

const dutyOf = (team: Team): PlanDuty => ({ teamCode: team.code, teamName: team.name, duty: team.duties });

/** A document to write: every prose part blank, the duties the organisation already records. */
export function documentFor(teams: readonly Team[]): PlanDocument {
  const prose = Object.fromEntries(PROSE_PARTS.map((part) => [part, EMPTY])) as Record<(typeof PROSE_PARTS)[number], LocalizedText>;
  const duties = teams.filter((team) => team.kind === 'leading-group' || team.kind === 'working-team').map(dutyOf);
  return { ...prose, duties } as PlanDocument;
}

export function DocumentSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const teams = useTeams();
  const document = form.document;
  const setDocument = (patch: Partial<PlanDocument>) => update((f) => (f.document ? { ...f, document: { ...f.document, ...patch } } : f));
  const setTitle = (title: LocalizedText) => update((f) => ({ ...f, title }));
  const standing = teams.filter((team) => team.kind !== 'task-force');
  const setDutyTeam = (index: number, code: string) => {
    const team = standing.find((tm) => tm.code === code);
    if (team && document) setDocument({ duties: replaceAt(document.duties, index, { teamCode: team.code, teamName: team.name }) });
  };
  const addDuty = () => {
    const free = standing.find((team) => !document?.duties.some((d) => d.teamCode === team.code));
    if (free && document) setDocument({ duties: [...document.duties, { ...dutyOf(free), duty: EMPTY }] });
  };
  return (
    <Section title={t('planEditor.document.title')} wide>
      <details className="plan-document" open={Boolean(err('document') || Object.keys(errorsUnder(err, document)).length)}>
        <summary>{t('planEditor.document.summary')}</summary>
        <div className="plan-statement">
          <Field label={t('planEditor.document.planTitle')} error={err('title.zh')}>
            {(a) => <input {...a} value={form.title.zh} onChange={(e) => setTitle({ ...form.title, zh: e.target.value })} />}
          </Field>
          <Field label={t('planEditor.document.planTitleEn')} error={err('title.en')}>
            {(a) => <input {...a} value={form.title.en ?? ''} onChange={(e) => setTitle({ ...form.title, en: e.target.value })} />}
          </Field>
        </div>
        {!document ? (
          <p className="muted small">
            {t('planEditor.document.none')}{' '}
            <button type="button" onClick={() => update((f) => ({ ...f, document: documentFor(teams) }))}>
              {t('planEditor.document.start')}
            </button>
          </p>
        ) : (
          <>
            <p className="muted small">{t('planEditor.document.hint')}</p>
            {PROSE_PARTS.map((part) => (
              <div key={part} className="plan-statement">
                <Field label={t(`planTemplates.print.section.${part}`)} error={err(`document.${part}.zh`)}>
                  {(a) => (
                    <textarea
                      {...a}
                      rows={3}
                      value={document[part].zh}
                      onChange={(e) => setDocument({ [part]: { ...document[part], zh: e.target.value } })}
                    />
                  )}
                </Field>
                <Field
                  label={t('planEditor.document.english', { part: t(`planTemplates.print.section.${part}`) })}
                  error={err(`document.${part}.en`)}
                >
                  {(a) => (
                    <textarea
                      {...a}
                      rows={3}
                      value={document[part].en ?? ''}
                      onChange={(e) => setDocument({ [part]: { ...document[part], en: e.target.value } })}
                    />
                  )}
                </Field>
              </div>
            ))}
            <h4 className="plan-editor-subhead">{t('planTemplates.print.section.duties')}</h4>
            <ItemTable heads={[t('planEditor.editor.team'), t('planTemplates.print.table.duty')]}>
              {document.duties.map((duty, i) => {
                const name = localized(duty.teamName, locale);
                return (
                  <tr key={`${duty.teamCode}-${i}`}>
                    <td>
                      <Field
                        label={`${t('planEditor.editor.team')} ${name}`}
                        error={err(`document.duties.${i}.teamCode`) ?? err('document.duties')}
                      >
                        {(a) => (
                          <select {...a} value={duty.teamCode} onChange={(e) => setDutyTeam(i, e.target.value)}>
                            {standing.map((team) => (
                              <option key={team.code} value={team.code}>
                                {localized(team.name, locale)}
                              </option>
                            ))}
                            {!standing.some((team) => team.code === duty.teamCode) ? <option value={duty.teamCode}>{name}</option> : null}
                          </select>
                        )}
                      </Field>
                    </td>
                    <td>
                      <Field label={`${name} ${t('planTemplates.print.table.duty')}`} error={err(`document.duties.${i}.duty.zh`)}>
                        {(a) => (
                          <textarea
                            {...a}
                            rows={2}
                            value={duty.duty.zh}
                            onChange={(e) =>
                              setDocument({ duties: replaceAt(document.duties, i, { duty: { ...duty.duty, zh: e.target.value } }) })
                            }
                          />
                        )}
                      </Field>
                    </td>
                    <td>
                      <RemoveButton
                        name={name}
                        disabled={document.duties.length <= 1}
                        onClick={() => setDocument({ duties: document.duties.filter((_, j) => j !== i) })}
                      />
                    </td>
                  </tr>
                );
              })}
            </ItemTable>
            <button
              type="button"
              onClick={addDuty}
              disabled={standing.every((team) => document.duties.some((d) => d.teamCode === team.code))}
            >
              {t('planEditor.document.addDuty')}
            </button>
          </>
        )}
      </details>
    </Section>
  );
}

/** The errors that belong to the text, so the part opens by itself when one of them needs fixing. */
function errorsUnder(err: SectionProps['err'], document: Plan['document']): Record<string, string> {
  if (!document) return {};
  const paths = [
    ...PROSE_PARTS.map((part) => `document.${part}.zh`),
    ...document.duties.map((_, i) => `document.duties.${i}.duty.zh`),
    'title.zh',
  ];
  return Object.fromEntries(paths.flatMap((path) => (err(path) ? [[path, err(path)!]] : [])));
}
