// Editing one of the office's scenarios: overview, objectives and injects, one inject open at a
// time. Saving checks the whole scenario; each problem shows by its field and nothing is saved
// until there are none.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fail } from '@shared/result';
import type { Scenario, TeamCode } from '@shared/scenario';
import { useConsole } from '../../../db/DatabaseContext';
import { saveScenario } from '../../../db/scenarios';
import { useCommand } from '../../../ui/useCommand';
import { useWriteContext } from '../../session/useWriteContext';
import { blankInject, blankObjective, normalized, toDraft, toScenario, withText, type Draft, type DraftInject } from './draft';
import { EditorField } from './EditorField';
import { InjectEditor } from './InjectEditor';
import { locatedProblem } from './scenarioText';
import { scenarioFailureText } from './useScenarioFiles';

type Props = { scenario: Scenario; teamName: (code: TeamCode) => string; onSaved: () => void; onCancel: () => void };

export function ScenarioEditor({ scenario, teamName, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const [draft, setDraft] = useState<Draft>(() => toDraft(scenario));
  const write = useCommand({}, { describe: scenarioFailureText });
  const problems = write.errors;
  const [openKey, setOpenKey] = useState<string | null>(() => draft.injects[0]?.key ?? null);
  const problemAt = (path: string) => problems[path];
  const problemCount = Object.keys(problems).length;

  /** Changes the draft through a copy, so React sees a new value. */
  const mutate = (change: (next: Draft) => void) =>
    setDraft((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  /** A change that moves things about: problems found by position no longer point at the right field. */
  const restructure = (change: (next: Draft) => void) => {
    mutate(change);
    write.clear();
  };
  const updateInject = (key: string) => (change: (inject: DraftInject) => void) =>
    mutate((next) => {
      const inject = next.injects.find((candidate) => candidate.key === key);
      if (inject) change(inject);
    });

  async function save(event: FormEvent) {
    event.preventDefault();
    const next = normalized(draft);
    setDraft(next);
    let found: Record<string, string> = {};
    const saved = await write.run(async () => {
      const result = await saveScenario(db, toScenario(next), writeContext());
      if (result.ok || result.error.code !== 'scenario-invalid') return result;
      // The scenario's problems are the form's field errors, each shown by its field.
      found = Object.fromEntries(Object.entries(result.error.params ?? {}).map(([path, problem]) => [path, String(problem)]));
      return fail('validation', found);
    });
    if (saved) return onSaved();
    // Open the first inject with a problem, so its field and message are in view.
    const first = next.injects.find((_, i) => Object.keys(found).some((path) => path.startsWith(`injects.${i}.`)));
    if (first) setOpenKey(first.key);
  }

  const addInject = () => {
    const inject = blankInject(draft);
    restructure((next) => void next.injects.push(inject));
    setOpenKey(inject.key);
  };

  return (
    <form className="scenario-editor" onSubmit={save} noValidate aria-label={t('drillScenarios.editor.label')}>
      <div className="editor-bar">
        <button type="submit" className="primary" disabled={write.busy}>
          {write.busy ? t('drillScenarios.editor.saving') : t('drillScenarios.editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('drillScenarios.editor.cancel')}
        </button>
      </div>
      {write.alert && problemCount === 0 ? (
        <div className="notice error" role="alert">
          {write.alert}
        </div>
      ) : null}
      {problemCount ? (
        <div className="notice error" role="alert">
          <p>{t('drillScenarios.editor.problems', { count: problemCount })}</p>
          <ul className="problem-list">
            {Object.entries(problems).map(([path, problem]) => (
              <li key={path}>{locatedProblem(path, problem, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset className="editor-section overview-grid">
        <legend>{t('drillScenarios.overview')}</legend>
        <EditorField label={t('drillScenarios.editor.titleZh')} problem={problemAt('title.zh')}>
          {(a) => (
            <input
              {...a}
              value={draft.title.zh}
              onChange={(e) => mutate((d) => void (d.title = withText(d.title, 'zh', e.target.value)))}
            />
          )}
        </EditorField>
        <EditorField label={t('drillScenarios.editor.titleEn')} problem={problemAt('title.en')}>
          {(a) => (
            <input
              {...a}
              value={draft.title.en ?? ''}
              onChange={(e) => mutate((d) => void (d.title = withText(d.title, 'en', e.target.value)))}
            />
          )}
        </EditorField>
        <EditorField label={t('drillScenarios.editor.kind')} problem={problemAt('kind')}>
          {(a) => (
            <select {...a} value={draft.kind} onChange={(e) => mutate((d) => void (d.kind = e.target.value as Scenario['kind']))}>
              <option value="process">{t('drillScenarios.kind.process')}</option>
              <option value="sudden">{t('drillScenarios.kind.sudden')}</option>
            </select>
          )}
        </EditorField>
        <EditorField label={t('drillScenarios.editor.summaryZh')} problem={problemAt('summary.zh')} wide>
          {(a) => (
            <textarea
              {...a}
              rows={3}
              value={draft.summary.zh}
              onChange={(e) => mutate((d) => void (d.summary = withText(d.summary, 'zh', e.target.value)))}
            />
          )}
        </EditorField>
        <EditorField label={t('drillScenarios.editor.summaryEn')} problem={problemAt('summary.en')} wide>
          {(a) => (
            <textarea
              {...a}
              rows={2}
              value={draft.summary.en ?? ''}
              onChange={(e) => mutate((d) => void (d.summary = withText(d.summary, 'en', e.target.value)))}
            />
          )}
        </EditorField>
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t('drillScenarios.editor.objectives')}</legend>
        {problemAt('objectives') ? <p className="field-error">{locatedProblem('objectives', problemAt('objectives') ?? '', t)}</p> : null}
        {draft.objectives.map((objective, i) => (
          <div className="objective-row" key={objective.code} role="group" aria-label={t('drillScenarios.editor.objective', { n: i + 1 })}>
            <EditorField label={t('drillScenarios.editor.objectiveZh')} problem={problemAt(`objectives.${i}.name.zh`)}>
              {(a) => (
                <input
                  {...a}
                  value={objective.name.zh}
                  onChange={(e) => mutate((d) => void (d.objectives[i]!.name = withText(d.objectives[i]!.name, 'zh', e.target.value)))}
                />
              )}
            </EditorField>
            <EditorField label={t('drillScenarios.editor.objectiveEn')} problem={problemAt(`objectives.${i}.name.en`)}>
              {(a) => (
                <input
                  {...a}
                  value={objective.name.en ?? ''}
                  onChange={(e) => mutate((d) => void (d.objectives[i]!.name = withText(d.objectives[i]!.name, 'en', e.target.value)))}
                />
              )}
            </EditorField>
            <button type="button" className="link danger-link" onClick={() => restructure((d) => void d.objectives.splice(i, 1))}>
              {t('drillScenarios.editor.removeObjective', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => restructure((d) => void d.objectives.push(blankObjective(d, t('drillScenarios.editor.newObjective'))))}
        >
          {t('drillScenarios.editor.addObjective')}
        </button>
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t('drillScenarios.editor.injects')}</legend>
        {problemAt('injects') ? <p className="field-error">{locatedProblem('injects', problemAt('injects') ?? '', t)}</p> : null}
        {draft.injects.map((inject, i) => (
          <InjectEditor
            key={inject.key}
            inject={inject}
            index={i}
            draft={draft}
            open={openKey === inject.key}
            onToggle={() => setOpenKey(openKey === inject.key ? null : inject.key)}
            problems={problems}
            teamName={teamName}
            update={updateInject(inject.key)}
            restructure={(change) => {
              updateInject(inject.key)(change);
              write.clear();
            }}
            onRemove={() => restructure((d) => void (d.injects = d.injects.filter((candidate) => candidate.key !== inject.key)))}
          />
        ))}
        <button type="button" onClick={addInject}>
          {t('drillScenarios.editor.addInject')}
        </button>
      </fieldset>
    </form>
  );
}
