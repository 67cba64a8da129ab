// The top bar's switch between live work and 演练: asks first either way, because entering puts
// the next registrations into drill data and leaving takes the drill picture off the screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../../store';
import { drillModeEntered, liveModeEntered } from './sessionSlice';

export function ModeSwitch() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const drill = useAppSelector((s) => s.session.mode) === 'drill';
  const [asking, setAsking] = useState(false);
  return (
    <span className="mode-switch">
      <button type="button" className="mode-switch-button" aria-expanded={asking} onClick={() => setAsking(true)}>
        {drill ? t('drill.leave') : t('drill.enter')}
      </button>
      {asking ? (
        <div role="alertdialog" aria-modal="false" aria-label={t('drill.dialog')} className="mode-confirm">
          <p>{drill ? t('drill.confirmLeave') : t('drill.confirmEnter')}</p>
          <div className="mode-confirm-actions">
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {t('drill.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => {
                setAsking(false);
                dispatch(drill ? liveModeEntered() : drillModeEntered());
              }}
            >
              {t('drill.confirm')}
            </button>
          </div>
        </div>
      ) : null}
    </span>
  );
}
