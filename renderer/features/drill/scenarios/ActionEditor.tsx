// One expected action in the editor: what is to be done, by which team, within how many minutes,
// for which objective, and how the console tells it was done.
import { useTranslation } from 'react-i18next';
import { TeamCodeSchema, type ActionEvidence, type ExpectedAction, type Scenario, type TeamCode } from '@shared/scenario';
import { localized } from '@shared/text';
import { useAppSelector } from '../../../store';
import { numberFrom, numberText, withText } from './draft';
import { EditorField } from './EditorField';
import { entryKindText, KNOWN_ENTRY_KINDS, problemText } from './scenarioText';

type Props = {
  action: ExpectedAction;
  n: number;
  objectives: Scenario['objectives'];
  prefix: string;
  problems: Record<string, string>;
  teamName: (code: TeamCode) => string;
  update: (change: (action: ExpectedAction) => void) => void;
  onRemove: () => void;
};

const LEVELS = [1, 2, 3] as const;

export function ActionEditor({ action, n, objectives, prefix, problems, teamName, update, onRemove }: Props) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const problemAt = (path: string) => problems[`${prefix}.${path}`];
  const evidence = action.evidence;
  const timeline = evidence.kind === 'timeline' ? evidence : null;
  // Kinds an imported scenario names that this console has no words for stay listed, so saving keeps them.
  const kinds = [
    ...KNOWN_ENTRY_KINDS,
    ...(timeline?.entryKinds.filter((kind) => !(KNOWN_ENTRY_KINDS as readonly string[]).includes(kind)) ?? []),
  ];
  const setEvidence = (change: (e: Extract<ActionEvidence, { kind: 'timeline' }>) => void) =>
    update((a) => {
      if (a.evidence.kind === 'timeline') change(a.evidence);
    });
  const legend = t('drillScenarios.editor.action', { n });

  return (
    <fieldset className="action-editor" aria-label={legend}>
      <legend>{legend}</legend>
      <EditorField label={t('drillScenarios.editor.descriptionZh')} problem={problemAt('description.zh')} half>
        {(a) => (
          <input
            {...a}
            value={action.description.zh}
            onChange={(e) => update((x) => void (x.description = withText(x.description, 'zh', e.target.value)))}
          />
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.descriptionEn')} problem={problemAt('description.en')} half>
        {(a) => (
          <input
            {...a}
            value={action.description.en ?? ''}
            onChange={(e) => update((x) => void (x.description = withText(x.description, 'en', e.target.value)))}
          />
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.team')} problem={problemAt('team')}>
        {(a) => (
          <select {...a} value={action.team} onChange={(e) => update((x) => void (x.team = e.target.value as TeamCode))}>
            {TeamCodeSchema.options.map((code) => (
              <option key={code} value={code}>
                {teamName(code)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.limit')} problem={problemAt('limitMinutes')}>
        {(a) => (
          <input
            {...a}
            type="number"
            min={1}
            step={1}
            value={numberText(action.limitMinutes)}
            onChange={(e) => update((x) => void (x.limitMinutes = numberFrom(e.target.value)))}
          />
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.objectiveOf')} problem={problemAt('objective')}>
        {(a) => (
          <select
            {...a}
            value={objectives.some((o) => o.code === action.objective) ? action.objective : ''}
            onChange={(e) => update((x) => void (x.objective = e.target.value))}
          >
            <option value="" disabled>
              {t('drillScenarios.editor.chooseObjective')}
            </option>
            {objectives.map((objective) => (
              <option key={objective.code} value={objective.code}>
                {localized(objective.name, locale)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.evidenceKind')} problem={problemAt('evidence.kind') ?? problemAt('evidence')}>
        {(a) => (
          <select
            {...a}
            value={evidence.kind}
            onChange={(e) =>
              update((x) => void (x.evidence = e.target.value === 'observed' ? { kind: 'observed' } : { kind: 'timeline', entryKinds: [] }))
            }
          >
            <option value="timeline">{t('drillScenarios.editor.evidenceTimeline')}</option>
            <option value="observed">{t('drillScenarios.editor.evidenceObserved')}</option>
          </select>
        )}
      </EditorField>
      {timeline ? (
        <>
          <div
            className={`entry-kinds wide${problemAt('evidence.entryKinds') ? ' has-error' : ''}`}
            role="group"
            aria-label={t('drillScenarios.editor.entryKinds')}
          >
            <span className="group-label">{t('drillScenarios.editor.entryKinds')}</span>
            <div className="checks">
              {kinds.map((kind) => (
                <label className="check" key={kind}>
                  <input
                    type="checkbox"
                    checked={timeline.entryKinds.includes(kind)}
                    onChange={(e) =>
                      setEvidence((ev) => {
                        ev.entryKinds = e.target.checked ? [...ev.entryKinds, kind] : ev.entryKinds.filter((k) => k !== kind);
                      })
                    }
                  />
                  {entryKindText(kind, t)}
                </label>
              ))}
            </div>
            {problemAt('evidence.entryKinds') ? (
              <div className="field-error">{problemText(problemAt('evidence.entryKinds') ?? 'invalid', t)}</div>
            ) : null}
          </div>
          <EditorField label={t('drillScenarios.editor.evidenceTeam')} problem={problemAt('evidence.teamCode')}>
            {(a) => (
              <select
                {...a}
                value={timeline.teamCode ?? ''}
                onChange={(e) =>
                  setEvidence((ev) => {
                    if (e.target.value) ev.teamCode = e.target.value as TeamCode;
                    else delete ev.teamCode;
                  })
                }
              >
                <option value="">{t('drillScenarios.editor.anyTeam')}</option>
                {TeamCodeSchema.options.map((code) => (
                  <option key={code} value={code}>
                    {teamName(code)}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
          <EditorField label={t('drillScenarios.editor.evidenceLevel')} problem={problemAt('evidence.level')}>
            {(a) => (
              <select
                {...a}
                value={timeline.level ?? ''}
                onChange={(e) =>
                  setEvidence((ev) => {
                    if (e.target.value) ev.level = Number(e.target.value) as 1 | 2 | 3;
                    else delete ev.level;
                  })
                }
              >
                <option value="">{t('drillScenarios.editor.anyLevel')}</option>
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`level.${level}`)}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
        </>
      ) : null}
      <div className="wide action-remove">
        <button type="button" className="link danger-link" onClick={onRemove}>
          {t('drillScenarios.editor.removeAction', { n })}
        </button>
      </div>
    </fieldset>
  );
}
