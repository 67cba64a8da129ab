// When another window switches the console between live work and 演练, this window follows at
// once and its screens are rebuilt on the other database; a form being filled in here loses what
// was not saved. This says so, instead of leaving the operator to wonder where their text went.
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../../store';
import { modeSwitchNoticeDismissed } from './sessionSlice';

export function ModeSwitchedNotice() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const mode = useAppSelector((s) => s.session.switchedElsewhere);
  if (!mode) return null;
  return (
    <div role="alert" className="notice warning no-print">
      {t(`modeSwitchedElsewhere.${mode}`)}{' '}
      <button type="button" className="link" onClick={() => dispatch(modeSwitchNoticeDismissed())}>
        {t('modeSwitchedElsewhere.dismiss')}
      </button>
    </div>
  );
}
