// The frame around every screen: navigation, the operator at the seat, language, and in 演练
// the banner, watermark and amber frame that make the drill impossible to mistake for live work.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { localized } from '@shared/text';
import { DRILL_PREFIX } from '@shared/schedule';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { Shortcuts } from '../../commands/Shortcuts';
import { DrillDriver } from '../drill/DrillDriver';
import { OverdueEscalation } from '../instructions/OverdueEscalation';
import { BoardClearing } from '../incidents/BoardClearing';
import { AlertWatcher } from '../notifications/AlertWatcher';
import { NotificationBell } from '../notifications/NotificationBell';
import { PrintSetup } from '../print/PrintSetup';
import { DrillBanner } from './DrillBanner';
import { LocaleSwitch } from './LocaleSwitch';
import { ModeSwitch } from './ModeSwitch';
import { ModeSwitchedNotice } from './ModeSwitchedNotice';
import { SeatButtons } from './SeatButtons';
import { OfficeAwaitsSignIn, OfficeRefusals, OfficeStatusChip } from './OfficeStatusChip';
import { useOfficeRunner } from '../../office/useOfficeSeat';
import { seatBookOf } from '../../office/officeSeat';
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
  { href: '/calendar', key: 'nav.calendar', match: (path: string) => path.startsWith('/calendar') },
  { href: '/exchange', key: 'nav.exchange', match: (path: string) => path.startsWith('/exchange') },
  { href: '/notifications', key: 'nav.notifications', match: (path: string) => path.startsWith('/notifications') },
  { href: '/resources', key: 'nav.resources', match: (path: string) => path.startsWith('/resources') },
  { href: '/opinion', key: 'nav.opinion', match: (path: string) => path.startsWith('/opinion') },
  { href: '/callbacks', key: 'nav.callBacks', match: (path: string) => path.startsWith('/callbacks') },
  { href: '/programme', key: 'nav.drillProgramme', match: (path: string) => path.startsWith('/programme') },
  { href: '/petitions', key: 'nav.petitions', match: (path: string) => path.startsWith('/petitions') },
  { href: '/statistics', key: 'nav.statistics', match: (path: string) => path.startsWith('/statistics') },
  { href: '/settings', key: 'nav.settings', match: (path: string) => path.startsWith('/settings') },
] as const;
/** Only in rehearsal mode: the trainer's console, scenarios and notices. */
const DRILL_NAV = { href: '/drill', key: 'nav.drill', match: (path: string) => path.startsWith('/drill') } as const;

/** `active`: this person's screens are the ones shown; kept screens of someone who stepped away run no upkeep of their own. */
export function Shell({ children, active = true }: { children: ReactNode; active?: boolean }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const operator = useOperator();
  const { plan, db, calendar } = useConsole();
  // A seat of an office keeps its live store in step with the office while the console is open.
  const calendarNow = useRef(calendar);
  calendarNow.current = calendar;
  useOfficeRunner(
    active ? db : null,
    seatBookOf(db, () => calendarNow.current),
  );
  const locale = useAppSelector((s) => s.session.locale);
  // The open database decides, not the requested mode: while a switch is opening the other
  // database the frame still tells the truth about the data on screen.
  const drill = db.mode === 'drill';
  const watermark = t('drill.watermark');
  const watermarkImage = useMemo(() => drillWatermark(watermark), [watermark]);
  // The window title (taskbar, Electron's title bar) says 演练 too. The browser host rewrites the
  // title with its alert count later; only the prefix is touched here, so the two agree.
  useEffect(() => {
    const plain = document.title.replace(DRILL_PREFIX, '');
    const [, count = '', rest = plain] = /^(\(\d+\) )?(.*)$/s.exec(plain) ?? [];
    document.title = drill ? `${count}${DRILL_PREFIX}${rest}` : plain;
  }, [drill]);
  return (
    <div className={drill ? 'shell drill' : 'shell'}>
      <DrillBanner />
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-org">{localized(plan.organisationName, locale)}</span>
        </div>
        <div className="topbar-right">
          <ModeSwitch />
          <OfficeStatusChip />
          <NotificationBell />
          {operator ? (
            <span className="operator-chip">
              {t('operator.current')}: <strong>{operator.name}</strong> · {t(`role.${operator.role}`)}
              <SeatButtons />
            </span>
          ) : null}
          <LocaleSwitch />
        </div>
      </header>
      <div className="shell-body">
        <nav aria-label={t('nav.main')} className="nav">
          {(drill ? [DRILL_NAV, ...NAV] : NAV).map((item) => (
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
        <main className="content">
          <ModeSwitchedNotice />
          <OfficeRefusals />
          <OfficeAwaitsSignIn />
          {children}
        </main>
        {drill ? <div className="drill-watermark" aria-hidden="true" style={{ backgroundImage: watermarkImage }} /> : null}
        {active ? (
          <>
            <Shortcuts />
            <OnceSettled>
              {/* Raises overdue instructions to the issuer and the leader while the console is open. */}
              <OverdueEscalation />
              <BoardClearing />
              {/* Keeps the host's alerts, the notification centre and the tray counts in step with the records. */}
              <AlertWatcher />
            </OnceSettled>
            {/* In 演练, delivers the drill's injects on schedule from whichever window is open. */}
            {drill ? <DrillDriver /> : null}
            {/* The printed page's running header (organisation, 内部资料) and page numbers. */}
            <PrintSetup />
          </>
        ) : null}
      </div>
    </div>
  );
}

/** How long after the first screen the console's upkeep starts at the latest idle moment. */
export const UPKEEP_START_MS = 600;

/**
 * The console's upkeep (alerts, escalation, the board's clearing) starts once the first screen has
 * painted: on a bad day at years of data its first look goes through thousands of overdue matters,
 * which would hold back the counts the person signed in for. Alerts already registered with the
 * host keep firing meanwhile; this only delays the next look by a moment.
 */
function OnceSettled({ children }: { children: ReactNode }) {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let idle: number | null = null;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => setSettled(true), { timeout: 2_000 });
      else setSettled(true);
    }, UPKEEP_START_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    };
  }, []);
  return settled ? <>{children}</> : null;
}

/** One tile of the diagonal 演练 watermark, as an SVG the browser repeats across the content. */
function drillWatermark(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="260" height="180">` +
    `<text x="130" y="100" text-anchor="middle" transform="rotate(-30 130 90)" ` +
    `font-family="sans-serif" font-size="34" font-weight="700" fill="#c2410c" fill-opacity="0.09">${escaped}</text></svg>`;
  return `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}")`;
}
