// The 短缺 and 有未归还 badges of one resource.
import { useTranslation } from 'react-i18next';
import type { ResourceStanding } from '@shared/resources';

export function ResourceFlags({ standing }: { standing: ResourceStanding }) {
  const { t } = useTranslation();
  const { resource, available, short, unreturned } = standing;
  return (
    <span className="resource-flags">
      {short ? (
        <span className="badge resource-flag-short" title={t('resources.shortTitle', { available, minimum: resource.minimum })}>
          {t('resources.flag.short')}
        </span>
      ) : null}
      {unreturned.length > 0 ? <span className="badge resource-flag-unreturned">{t('resources.flag.unreturned')}</span> : null}
    </span>
  );
}
