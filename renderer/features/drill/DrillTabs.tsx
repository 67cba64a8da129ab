// The drill pages' own tabs: runs (导调台), the scenario library and drill notices. Shown at the
// top of each drill page so a trainer moves between them without the main navigation.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

const TABS = [
  { href: '/drill', key: 'drill.tabs.runs', match: (p: string) => p === '/drill' || p.startsWith('/drill/runs') },
  { href: '/drill/scenarios', key: 'drill.tabs.scenarios', match: (p: string) => p.startsWith('/drill/scenarios') },
  { href: '/drill/notices', key: 'drill.tabs.notices', match: (p: string) => p.startsWith('/drill/notices') },
] as const;

export function DrillTabs() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav className="drill-tabs no-print" aria-label={t('drill.tabs.label')}>
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className={tab.match(location) ? 'active' : ''}
          aria-current={tab.match(location) ? 'page' : undefined}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
