import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../i18n';
import { useAppDispatch, useAppSelector } from '../../store';
import { localeSwitched } from './sessionSlice';

export function LocaleSwitch() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const locale = useAppSelector((s) => s.session.locale);
  return (
    <label className="locale-switch">
      <span className="visually-hidden">{t('locale.label')}</span>
      <select aria-label={t('locale.label')} value={locale} onChange={(e) => dispatch(localeSwitched(e.target.value as typeof locale))}>
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {t(`locale.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
