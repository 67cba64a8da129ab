// The complaint an inject registers, in the words of the intake form: channel, category and
// urgency from the plan, a fictitious complainant, the grading facts and, for a group complaint,
// the earlier inject whose incident it joins.
import { useTranslation } from 'react-i18next';
import { URGENCIES } from '@shared/plan';
import type { InjectComplaint } from '@shared/scenario';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { useAppSelector } from '../../../store';
import { numberFrom, numberText, takesComplaint, type Draft, type DraftInject } from './draft';
import { EditorField } from './EditorField';

type Props = {
  inject: DraftInject;
  index: number;
  draft: Draft;
  problems: Record<string, string>;
  update: (change: (inject: DraftInject) => void) => void;
};
type TextKey = 'subject' | 'place' | 'content' | 'expectedResolution';
type FactKey = 'injury' | 'mediaAttention' | 'regulatorInvolved' | 'repeatComplaint';
const FACTS: FactKey[] = ['injury', 'mediaAttention', 'regulatorInvolved', 'repeatComplaint'];

export function ComplaintEditor({ inject, index, draft, problems, update }: Props) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const complaint = inject.complaint;
  if (!complaint) return null;
  const problemAt = (path: string) => problems[`injects.${index}.complaint.${path}`];
  const change = (edit: (c: InjectComplaint) => void) => update((i) => void (i.complaint && edit(i.complaint)));
  const text = (key: TextKey) => ({
    value: complaint[key],
    onChange: (e: { target: { value: string } }) => change((c) => void (c[key] = e.target.value)),
  });
  // Only an earlier complaint's incident can be joined.
  const earlier = draft.injects.filter(
    (other) => other.key !== inject.key && takesComplaint(other.type) && other.complaint && other.offsetMinutes <= inject.offsetMinutes,
  );

  return (
    <fieldset className="complaint-grid">
      <legend>{t('drillScenarios.editor.complaint')}</legend>
      <EditorField label={t('drillScenarios.editor.channel')} problem={problemAt('channelCode')}>
        {(a) => (
          <select {...a} value={complaint.channelCode} onChange={(e) => change((c) => void (c.channelCode = e.target.value))}>
            {plan.channels.map((channel) => (
              <option key={channel.code} value={channel.code}>
                {localized(channel.name, locale)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.category')} problem={problemAt('categoryCode')}>
        {(a) => (
          <select {...a} value={complaint.categoryCode} onChange={(e) => change((c) => void (c.categoryCode = e.target.value))}>
            {plan.categories.map((category) => (
              <option key={category.code} value={category.code}>
                {localized(category.name, locale)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.urgency')} problem={problemAt('urgency')}>
        {(a) => (
          <select
            {...a}
            value={complaint.urgency}
            onChange={(e) => change((c) => void (c.urgency = e.target.value as InjectComplaint['urgency']))}
          >
            {URGENCIES.map((urgency) => (
              <option key={urgency} value={urgency}>
                {localized(plan.urgencies.find((u) => u.code === urgency)?.name ?? { zh: urgency }, locale)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.attachTo')} problem={problemAt('attachToSeq')}>
        {(a) => (
          <select
            {...a}
            value={complaint.attachToSeq ?? ''}
            onChange={(e) =>
              change((c) => {
                if (e.target.value) c.attachToSeq = Number(e.target.value);
                else delete c.attachToSeq;
              })
            }
          >
            <option value="">{t('drillScenarios.editor.attachNone')}</option>
            {earlier.map((other) => (
              <option key={other.key} value={other.seq}>
                {t('drillScenarios.editor.attachOption', {
                  seq: draft.injects.indexOf(other) + 1,
                  time: t('drillScenarios.offset', { minutes: numberText(other.offsetMinutes) }),
                })}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.complainantName')} problem={problemAt('complainant.name')}>
        {(a) => (
          <input {...a} value={complaint.complainant.name} onChange={(e) => change((c) => void (c.complainant.name = e.target.value))} />
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.complainantPhone')} problem={problemAt('complainant.phone')}>
        {(a) => (
          <input
            {...a}
            inputMode="tel"
            value={complaint.complainant.phone}
            onChange={(e) => change((c) => void (c.complainant.phone = e.target.value))}
          />
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.peopleInvolved')} problem={problemAt('peopleInvolved')}>
        {(a) => (
          <input
            {...a}
            type="number"
            min={1}
            value={numberText(complaint.peopleInvolved)}
            onChange={(e) => change((c) => void (c.peopleInvolved = numberFrom(e.target.value)))}
          />
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.amountAtStake')} problem={problemAt('facts.amountAtStake')}>
        {(a) => (
          <input
            {...a}
            type="number"
            min={0}
            value={numberText(complaint.facts.amountAtStake)}
            onChange={(e) => change((c) => void (c.facts.amountAtStake = numberFrom(e.target.value)))}
          />
        )}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.subject')} problem={problemAt('subject')} wide>
        {(a) => <input {...a} {...text('subject')} />}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.place')} problem={problemAt('place')} wide>
        {(a) => <input {...a} {...text('place')} />}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.complaintContent')} problem={problemAt('content')} wide>
        {(a) => <textarea {...a} rows={3} {...text('content')} />}
      </EditorField>
      <EditorField label={t('drillScenarios.editor.expectedResolution')} problem={problemAt('expectedResolution')} wide>
        {(a) => <input {...a} {...text('expectedResolution')} />}
      </EditorField>
      <div className="checks wide">
        {FACTS.map((fact) => (
          <label className="check" key={fact}>
            <input
              type="checkbox"
              checked={complaint.facts[fact]}
              onChange={(e) => change((c) => void (c.facts[fact] = e.target.checked))}
            />
            {t(`drillScenarios.editor.${fact}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
