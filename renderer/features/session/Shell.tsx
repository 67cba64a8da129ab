// The frame around every screen: navigation, the operator at the seat, language.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { Shortcuts } from '../../commands/Shortcuts';
import { OverdueEscalation } from '../instructions/OverdueEscalation';
import { AlertWatcher } from '../notifications/AlertWatcher';
import { NotificationBell } from '../notifications/NotificationBell';
import { PrintSetup } from '../print/PrintSetup';
import { LocaleSwitch } from './LocaleSwitch';
import { useOperator } from './useWriteContext';

const NAV = [
  { href: '/', key: 'nav.dashboard', match: (path: string) => path === '/' },
  { href: '/board', key: 'nav.board', match: (path: string) => path.startsWith('/board') || path.startsWith('/incidents') },
  { href: '/intake', key: 'nav.intake', match: (path: string) => path.startsWith('/intake') },
  { href: '/inbox', key: 'nav.inbox', match: (path: string) => path.startsWith('/inbox') },
  { href: '/organisation', key: 'nav.organisation', match: (path: string) => path.startsWith('/organisation') },
  { href: '/roster', key: 'nav.roster', match: (path: string) => path.startsWith('/roster') },
  { href: '/contacts', key: 'nav.contacts', match: (path: string) => path.startsWith('/contacts') },
  { href: '/plan', key: 'nav.plan', match: (path: string) => path.startsWith('/plan') },
  { href: '/exchange', key: 'nav.exchange', match: (path: string) => path.startsWith('/exchange') },
  { href: '/notifications', key: 'nav.notifications', match: (path: string) => path.startsWith('/notifications') },
  { href: '/settings', key: 'nav.settings', match: (path: string) => path.startsWith('/settings') },
] as const;

export function Shell({ children, onSwitchOperator }: { children: ReactNode; onSwitchOperator: () => void }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const operator = useOperator();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-org">{localized(plan.organisationName, locale)}</span>
        </div>
        <div className="topbar-right">
          <NotificationBell />
          {operator ? (
            <span className="operator-chip">
              {t('operator.current')}: <strong>{operator.name}</strong> · {t(`role.${operator.role}`)}
              <button type="button" className="link" onClick={onSwitchOperator}>
                {t('operator.switch')}
              </button>
            </span>
          ) : null}
          <LocaleSwitch />
        </div>
      </header>
      <div className="shell-body">
        <nav aria-label={t('nav.main')} className="nav">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className={item.match(location) ? 'active' : ''}
              aria-current={item.match(location) ? 'page' : undefined}
            >
              {t(item.key)}
            </Link>
          ))}
        </nav>
        <main className="content">{children}</main>
        <Shortcuts />
        {/* Raises overdue instructions to the issuer and the leader while the console is open. */}
        <OverdueEscalation />
        {/* Keeps the host's alerts, the notification centre and the tray counts in step with the records. */}
        <AlertWatcher />
        {/* The printed page's running header (organisation, 内部资料) and page numbers. */}
        <PrintSetup />
      </div>
    </div>
  );
}
