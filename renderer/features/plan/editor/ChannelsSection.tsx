// 受理渠道 and 紧急程度: the names the intake form offers. Channels may be added and removed
// (incidents keep the code they were registered with); the three urgencies are renamed only.
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { freshCode, ItemTable, RemoveButton, replaceAt, Section, type SectionProps } from './draftForm';

export function ChannelsSection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const add = () =>
    update((f) => ({
      ...f,
      channels: [
        ...f.channels,
        {
          code: freshCode(
            'channel',
            f.channels.map((c) => c.code),
          ),
          name: { zh: '', en: '' },
        },
      ],
    }));
  const remove = (index: number) => update((f) => ({ ...f, channels: f.channels.filter((_, i) => i !== index) }));
  return (
    <Section
      title={t('planEditor.editor.channels')}
      wide
      actions={
        <button type="button" onClick={add}>
          {t('planEditor.editor.addChannel')}
        </button>
      }
    >
      <div className="plan-channels">
        <div>
          <ItemTable heads={[t('planEditor.editor.categoryName'), t('planEditor.editor.categoryNameEn')]}>
            {form.channels.map((channel, i) => {
              const label = channel.name.zh || t('planEditor.editor.newItem', { n: i + 1 });
              const set = (name: typeof channel.name) => update((f) => ({ ...f, channels: replaceAt(f.channels, i, { name }) }));
              return (
                <tr key={channel.code}>
                  <td>
                    <Field
                      label={`${t('planEditor.editor.channel')} ${label}`}
                      error={err(`channels.${i}.name.zh`) ?? err(`channels.${i}.name`)}
                    >
                      {(a) => <input {...a} value={channel.name.zh} onChange={(e) => set({ ...channel.name, zh: e.target.value })} />}
                    </Field>
                  </td>
                  <td>
                    <Field
                      label={`${t('planEditor.editor.channel')} ${label} ${t('planEditor.editor.categoryNameEn')}`}
                      error={err(`channels.${i}.name.en`)}
                    >
                      {(a) => <input {...a} value={channel.name.en ?? ''} onChange={(e) => set({ ...channel.name, en: e.target.value })} />}
                    </Field>
                  </td>
                  <td>
                    <RemoveButton name={label} disabled={form.channels.length <= 1} onClick={() => remove(i)} />
                  </td>
                </tr>
              );
            })}
          </ItemTable>
        </div>
        <div>
          <h4 className="plan-editor-subhead">{t('planEditor.editor.urgencies')}</h4>
          <div className="plan-thresholds">
            {form.urgencies.map((urgency, i) => {
              const set = (lang: 'zh' | 'en', value: string) =>
                update((f) => ({ ...f, urgencies: replaceAt(f.urgencies, i, { name: { ...urgency.name, [lang]: value } }) }));
              return (
                <div key={urgency.code} className="plan-urgency">
                  <Field label={t(`planEditor.editor.urgency.${urgency.code}`)} error={err(`urgencies.${i}.name.zh`)}>
                    {(a) => <input {...a} value={urgency.name.zh} onChange={(e) => set('zh', e.target.value)} />}
                  </Field>
                  <Field label={`${t(`planEditor.editor.urgency.${urgency.code}`)} ${t('planEditor.editor.categoryNameEn')}`}>
                    {(a) => <input {...a} value={urgency.name.en ?? ''} onChange={(e) => set('en', e.target.value)} />}
                  </Field>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </Section>
  );
}
