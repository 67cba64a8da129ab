// 口径模板, personal data and the calendar: the holding statement a release starts from, the roles
// that may take complainants' personal data out in full, whether limits skip closure days, and how
// long a finished incident stays on the live board.
import { useTranslation } from 'react-i18next';
import { personalDataRoles } from '@shared/exporting';
import { ROLES, type Role } from '@shared/model';
import { DEFAULT_HOLDING_STATEMENT } from '@shared/releases';
import { Field } from '../../../ui/Field';
import { num, Section, shown, type SectionProps } from './draftForm';
import { DEFAULT_LIVE_BOARD_DAYS } from '@shared/boardRetention';
import { dataKey, say } from '../../../i18n/keys';

/** The placeholders as the office types them (given as values, so they are not filled in). */
const PLACEHOLDERS = { organisation: '{{organisation}}', title: '{{title}}', place: '{{place}}', date: '{{date}}' };

export function PolicySection({ form, update, err }: SectionProps) {
  const { t } = useTranslation();
  const statement = form.holdingStatement ?? DEFAULT_HOLDING_STATEMENT;
  const roles = personalDataRoles(form);
  const setRole = (role: Role, on: boolean) =>
    update((f) => {
      const current = personalDataRoles(f);
      return { ...f, personalDataRoles: ROLES.filter((r) => (r === role ? on : current.includes(r))) };
    });
  return (
    <Section title={t('planEditor.editor.policy')} wide>
      <p className="muted small">{t('planEditor.editor.statementHint', PLACEHOLDERS)}</p>
      <div className="plan-statement">
        <Field label={t('planEditor.editor.statementZh')} error={err('holdingStatement.zh') ?? err('holdingStatement')}>
          {(a) => (
            <textarea
              {...a}
              rows={4}
              value={statement.zh}
              onChange={(e) => update((f) => ({ ...f, holdingStatement: { ...statement, zh: e.target.value } }))}
            />
          )}
        </Field>
        <Field label={t('planEditor.editor.statementEn')} error={err('holdingStatement.en')}>
          {(a) => (
            <textarea
              {...a}
              rows={4}
              value={statement.en ?? ''}
              onChange={(e) => update((f) => ({ ...f, holdingStatement: { ...statement, en: e.target.value } }))}
            />
          )}
        </Field>
      </div>
      <fieldset className="plan-choices">
        <legend>{t('planEditor.editor.personalData')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" checked={roles.includes(role)} onChange={(e) => setRole(role, e.target.checked)} />
            {t(`role.${role}`)}
          </label>
        ))}
        {err('personalDataRoles') ? <div className="field-error">{say(t, dataKey(err('personalDataRoles')!))}</div> : null}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={form.countsOfficeClosures === true}
          onChange={(e) => update((f) => ({ ...f, countsOfficeClosures: e.target.checked }))}
        />
        {t('planEditor.editor.countsOfficeClosures')}
      </label>
      <div className="plan-thresholds">
        <Field label={t('planEditor.editor.liveBoardDays')} error={err('liveBoardDays')}>
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={shown(form.liveBoardDays ?? DEFAULT_LIVE_BOARD_DAYS)}
              onChange={(e) => update((f) => ({ ...f, liveBoardDays: num(e.target.value) }))}
            />
          )}
        </Field>
      </div>
      <p className="muted small">{t('planEditor.editor.liveBoardDaysHint')}</p>
    </Section>
  );
}
