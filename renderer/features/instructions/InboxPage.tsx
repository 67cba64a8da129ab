// 指令收件箱: a team's instructions (placeholder until built).
import { useTranslation } from 'react-i18next';

export function InboxPage({ teamId: _teamId }: { teamId?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <h1>{t('instructions.title')}</h1>
    </div>
  );
}
