// One inject in the editor: folded to a line (number, time, type, content) until opened; open,
// its time, type, route, content, the complaint it registers and the actions expected in answer.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { InjectTypeSchema, type Inject, type TeamCode } from '@shared/scenario';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { useAppSelector } from '../../../store';
import { ActionEditor } from './ActionEditor';
import { ComplaintEditor } from './ComplaintEditor';
import { blankAction, blankComplaint, numberFrom, numberText, takesComplaint, withText, type Draft, type DraftInject } from './draft';
import { EditorField, problemsUnder } from './EditorField';
import { problemText } from './scenarioText';

type Props = {
  inject: DraftInject;
  index: number;
  draft: Draft;
  open: boolean;
  onToggle: () => void;
  problems: Record<string, string>;
  teamName: (code: TeamCode) => string;
  update: (change: (inject: DraftInject) => void) => void;
  restructure: (change: (inject: DraftInject) => void) => void;
  onRemove: () => void;
};

type TextKey = 'from' | 'to' | 'content';

export function InjectEditor({ inject, index, draft, open, onToggle, problems, teamName, update, restructure, onRemove }: Props) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const bodyId = useId();
  const prefix = `injects.${index}`;
  const problemAt = (path: string) => problems[`${prefix}.${path}`];
  const count = problemsUnder(problems, prefix);
  const time = t('drillScenarios.offset', { minutes: numberText(inject.offsetMinutes) });
  const heading = t('drillScenarios.editor.injectHeading', { seq: index + 1, time, type: t(`drillScenarios.injectType.${inject.type}`) });

  const text = (key: TextKey, lang: 'zh' | 'en') => ({
    value: inject[key][lang] ?? '',
    onChange: (e: { target: { value: string } }) => update((i) => void (i[key] = withText(i[key], lang, e.target.value))),
  });
  const setType = (type: Inject['type']) =>
    update((i) => {
      i.type = type;
      if (type === 'complaint') i.complaint ??= blankComplaint(plan);
    });

  return (
    <section className={`inject-card${open ? ' open' : ''}${count ? ' has-problems' : ''}`} aria-label={heading}>
      <h3 className="inject-heading">
        <button type="button" className="inject-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="chevron" aria-hidden="true" />
          <span className="inject-title">{heading}</span>
          <span className="inject-snippet">{localized(inject.content, locale)}</span>
          {count ? <span className="badge problem-count">{t('drillScenarios.editor.injectProblems', { count })}</span> : null}
        </button>
      </h3>
      {open ? (
        <div className="inject-body" id={bodyId}>
          <div className="inject-grid">
            <EditorField label={t('drillScenarios.editor.offset')} problem={problemAt('offsetMinutes')}>
              {(a) => (
                <input
                  {...a}
                  type="number"
                  min={0}
                  step={1}
                  value={numberText(inject.offsetMinutes)}
                  onChange={(e) => update((i) => void (i.offsetMinutes = numberFrom(e.target.value)))}
                />
              )}
            </EditorField>
            <EditorField label={t('drillScenarios.editor.type')} problem={problemAt('type')}>
              {(a) => (
                <select {...a} value={inject.type} onChange={(e) => setType(e.target.value as Inject['type'])}>
                  {InjectTypeSchema.options.map((type) => (
                    <option key={type} value={type}>
                      {t(`drillScenarios.injectType.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </EditorField>
            <EditorField label={t('drillScenarios.editor.fromZh')} problem={problemAt('from.zh')}>
              {(a) => <input {...a} {...text('from', 'zh')} />}
            </EditorField>
            <EditorField label={t('drillScenarios.editor.toZh')} problem={problemAt('to.zh')}>
              {(a) => <input {...a} {...text('to', 'zh')} />}
            </EditorField>
            <div className="span-2" />
            <EditorField label={t('drillScenarios.editor.fromEn')} problem={problemAt('from.en')}>
              {(a) => <input {...a} {...text('from', 'en')} />}
            </EditorField>
            <EditorField label={t('drillScenarios.editor.toEn')} problem={problemAt('to.en')}>
              {(a) => <input {...a} {...text('to', 'en')} />}
            </EditorField>
            <EditorField label={t('drillScenarios.editor.contentZh')} problem={problemAt('content.zh')} wide>
              {(a) => <textarea {...a} rows={3} {...text('content', 'zh')} />}
            </EditorField>
            <EditorField label={t('drillScenarios.editor.contentEn')} problem={problemAt('content.en')} wide>
              {(a) => <textarea {...a} rows={2} {...text('content', 'en')} />}
            </EditorField>
          </div>

          {inject.type === 'phone-call' ? (
            <label className="check">
              <input
                type="checkbox"
                checked={Boolean(inject.complaint)}
                onChange={(e) =>
                  update((i) => {
                    if (e.target.checked) i.complaint = blankComplaint(plan);
                    else delete i.complaint;
                  })
                }
              />
              {t('drillScenarios.editor.phoneComplaint')}
            </label>
          ) : null}
          {problemAt('complaint') ? <p className="field-error">{problemText(problemAt('complaint') ?? 'invalid', t)}</p> : null}
          {takesComplaint(inject.type) && inject.complaint ? (
            <ComplaintEditor inject={inject} index={index} draft={draft} problems={problems} update={update} />
          ) : null}

          <div className="action-list" role="group" aria-label={t('drillScenarios.editor.actions')}>
            <h4>{t('drillScenarios.editor.actions')}</h4>
            {inject.expectedActions.map((action, j) => (
              <ActionEditor
                key={action.id}
                action={action}
                n={j + 1}
                objectives={draft.objectives}
                prefix={`${prefix}.expectedActions.${j}`}
                problems={problems}
                teamName={teamName}
                update={(change) => update((i) => change(i.expectedActions[j]!))}
                onRemove={() => restructure((i) => void i.expectedActions.splice(j, 1))}
              />
            ))}
            <div className="inject-footer">
              <button type="button" onClick={() => restructure((i) => void i.expectedActions.push(blankAction(draft)))}>
                {t('drillScenarios.editor.addAction')}
              </button>
              <button type="button" className="danger-link link" onClick={onRemove}>
                {t('drillScenarios.editor.removeInject')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </section>
  );
}
