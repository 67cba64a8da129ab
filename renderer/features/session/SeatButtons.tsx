// 锁定, 修改密码 and 退出登录 beside the signed-in person's name in the top bar.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsDb, lockSeat, signOut } from '../../db/accounts';
import { ChangePasswordForm } from './ChangePasswordPage';
import { useWriteContext } from './useWriteContext';

export function SeatButtons() {
  const { t } = useTranslation();
  const writeContext = useWriteContext();
  const [changing, setChanging] = useState(false);
  return (
    <>
      <button type="button" className="link" onClick={() => void lockSeat(accountsDb(), writeContext())}>
        {t('accounts.lock.lockNow')}
      </button>
      <button type="button" className="link" onClick={() => setChanging((open) => !open)} aria-expanded={changing}>
        {t('accounts.lock.changePassword')}
      </button>
      <button type="button" className="link" onClick={() => void signOut(accountsDb(), writeContext())}>
        {t('accounts.lock.signOut')}
      </button>
      {changing ? (
        <div className="mode-confirm seat-password" role="dialog" aria-label={t('accounts.change.title')}>
          <ChangePasswordForm forced={false} onDone={() => setChanging(false)} />
          <div className="mode-confirm-actions">
            <button type="button" onClick={() => setChanging(false)}>
              {t('accounts.reauth.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
