// 事件看板: every live incident with its level, stage, owner and next deadline. Reads through a
// live query, so a change made anywhere shows here without reload.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import { LEVELS, type Level } from '@shared/plan';
import { localized } from '@shared/text';
import { toIsoWithOffset } from '@shared/time';
import { WORKFLOW_STATES, type WorkflowState } from '@shared/workflow';
import type { Incident } from '@shared/model';
import { boardPage } from '../../db/board';
import { planOfIncident } from '@shared/planVersions';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { LevelBadge, StateBadge } from '../../ui/Badges';
import { formatDateTime, formatDeadline, formatDuration } from '../../ui/format';
import { clockStatus, stageClocks } from '@shared/deadlines';
import { useNow } from '../../ui/useNow';
import { VirtualList } from '../../ui/VirtualList';
import { useAppDispatch, useAppSelector } from '../../store';
import { boardFilterChanged, boardFiltersCleared } from './boardSlice';
import { keyIn } from '../../i18n/keys';

// Enough rows to fill several screens; more are loaded on request, so the first render does not
// grow with the size of the store.
export const BOARD_PAGE_SIZE = 200;

function DeadlineCell({ incident, now }: { incident: Incident; now: number }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { calendar } = book;
  const plan = planOfIncident(book, incident);
  if (!incident.nextDeadlineStage) return <span className="muted">{t('board.noDeadline')}</span>;
  const stage = t(keyIn('clock.stage', incident.nextDeadlineStage));
  // The same clock and rule as the detail view, so "due soon" means the same on both.
  const clock = stageClocks(incident, plan, calendar).find((c) => c.stage === incident.nextDeadlineStage && c.doneAt === null);
  const status = clock ? clockStatus(clock, now, plan.dueSoon) : 'calendar-missing';
  if (!clock || clock.dueAt === null)
    return (
      <span className="deadline calendar-missing">
        {stage} · {t('board.calendarMissing')}
      </span>
    );
  const remaining = clock.dueAt - now;
  const dueAt = formatDeadline(clock.dueAt, plan.utcOffsetMinutes);
  // The date is written out under the time left (month and day; the year is in the tooltip).
  return (
    <span className="deadline-cell" title={dueAt}>
      <span className={`deadline ${status}`}>
        {stage} ·{' '}
        {status === 'overdue'
          ? t('clock.overdueBy', { time: formatDuration(remaining, t) })
          : t('clock.remaining', { time: formatDuration(remaining, t) })}
      </span>
      <span className="muted small">{t('board.dueAt', { time: dueAt.slice(5) })}</span>
    </span>
  );
}

export function BoardPage() {
  const { t } = useTranslation();
  const book = useConsole();
  const { db, plan, now: clock } = book;
  const [, navigate] = useLocation();
  const dispatch = useAppDispatch();
  const filters = useAppSelector((s) => s.board);
  const locale = useAppSelector((s) => s.session.locale);
  const people = usePeople();
  const now = useNow(clock, 30_000);
  const nowIso = toIsoWithOffset(now, plan.utcOffsetMinutes);
  const [limit, setLimit] = useState(BOARD_PAGE_SIZE);
  const page = useLiveQuery(() => boardPage(db, filters, nowIso, limit), [db, filters, nowIso, limit]);
  const ownerName = (id: string) => people.find((p) => p.id === id)?.name ?? '';
  // A row names its category as the incident's own version does (a revision may rename or drop it).
  const categoryName = (incident: Incident) => {
    const code = incident.categoryCode;
    const category = planOfIncident(book, incident).categories.find((c) => c.code === code);
    return category ? localized(category.name, locale) : code;
  };
  const change = (patch: Parameters<typeof boardFilterChanged>[0]) => {
    setLimit(BOARD_PAGE_SIZE);
    dispatch(boardFilterChanged(patch));
  };

  return (
    <div className="board">
      <div className="page-header">
        <h1>{t('board.title')}</h1>
        <div className="toolbar" role="search">
          <input
            type="search"
            aria-label={t('board.search')}
            placeholder={t('board.search')}
            value={filters.search}
            onChange={(e) => change({ search: e.target.value })}
          />
          <select
            aria-label={t('board.filterLevel')}
            value={filters.level ?? ''}
            onChange={(e) => change({ level: e.target.value ? (Number(e.target.value) as Level) : null })}
          >
            <option value="">
              {t('board.filterLevel')}: {t('board.all')}
            </option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`level.${level}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('board.filterState')}
            value={filters.state ?? ''}
            onChange={(e) => change({ state: (e.target.value || null) as WorkflowState | 'open' | null })}
          >
            <option value="">
              {t('board.filterState')}: {t('board.all')}
            </option>
            <option value="open">{t('state.open')}</option>
            {WORKFLOW_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`state.${state}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('board.filterCategory')}
            value={filters.categoryCode ?? ''}
            onChange={(e) => change({ categoryCode: e.target.value || null })}
          >
            <option value="">
              {t('board.filterCategory')}: {t('board.all')}
            </option>
            {plan.categories.map((c) => (
              <option key={c.code} value={c.code}>
                {localized(c.name, locale)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('board.filterChannel')}
            value={filters.channelCode ?? ''}
            onChange={(e) => change({ channelCode: e.target.value || null })}
          >
            <option value="">
              {t('board.filterChannel')}: {t('board.all')}
            </option>
            {plan.channels.map((c) => (
              <option key={c.code} value={c.code}>
                {localized(c.name, locale)}
              </option>
            ))}
          </select>
          <label className="check">
            <input type="checkbox" checked={filters.overdueOnly} onChange={(e) => change({ overdueOnly: e.target.checked })} />
            {t('board.overdueOnly')}
          </label>
          <button type="button" onClick={() => dispatch(boardFiltersCleared())}>
            {t('board.clear')}
          </button>
        </div>
      </div>

      <div className="board-table" role="table" aria-label={t('board.title')}>
        <div className="board-row board-head" role="row">
          {(['colNumber', 'colLevel', 'colTitle', 'colState', 'colOwner', 'colDeadline', 'colPeople', 'colUpdated'] as const).map((col) => (
            <span key={col} role="columnheader">
              {t(`board.${col}`)}
            </span>
          ))}
        </div>
        {page && page.rows.length > 0 ? (
          <VirtualList
            items={page.rows}
            rowHeight={52}
            label={t('board.title')}
            getKey={(incident) => incident.id}
            render={(incident) => (
              <div
                className={`board-row level-row-${incident.level ?? 'none'}`}
                role="row"
                tabIndex={0}
                onClick={() => navigate(`/incidents/${incident.id}`)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') navigate(`/incidents/${incident.id}`);
                  // ↑/↓ move between rows; the virtual list keeps neighbours rendered.
                  const sibling = e.key === 'ArrowDown' ? 'nextElementSibling' : e.key === 'ArrowUp' ? 'previousElementSibling' : null;
                  if (!sibling) return;
                  e.preventDefault();
                  (e.currentTarget.parentElement?.[sibling]?.firstElementChild as HTMLElement | null)?.focus();
                }}
              >
                <span role="cell" className="mono">
                  <Link href={`/incidents/${incident.id}`}>{incident.number}</Link>
                </span>
                <span role="cell">
                  <LevelBadge level={incident.level} grades={planOfIncident(book, incident).grades} />
                </span>
                <span role="cell" className="title-cell">
                  <span className="title-text" title={incident.title}>
                    {incident.title}
                  </span>
                  <span className="muted small">
                    {categoryName(incident)} · {incident.place}
                  </span>
                </span>
                <span role="cell">
                  <StateBadge state={incident.state} />
                </span>
                <span role="cell">{ownerName(incident.ownerId)}</span>
                <span role="cell">
                  <DeadlineCell incident={incident} now={now} />
                </span>
                <span role="cell" className="people-cell">
                  <span>{t('board.complainants', { count: incident.complainantCount, people: incident.peopleInvolved })}</span>
                  {incident.peopleInvolved >= planOfIncident(book, incident).grading.groupPeople ? (
                    <span className="badge group">{t('board.group')}</span>
                  ) : null}
                </span>
                <span role="cell" className="muted small">
                  {formatDateTime(incident.updatedAt, plan.utcOffsetMinutes)}
                </span>
              </div>
            )}
          />
        ) : page ? (
          // A row of one cell across the columns: a table may hold only rows.
          <div className="empty" role="row">
            <div role="cell" aria-colspan={8}>
              {page.total === 0 ? (
                <>
                  <p>{t('board.emptyAll')}</p>
                  <Link href="/intake" className="button primary">
                    {t('board.registerFirst')}
                  </Link>
                </>
              ) : (
                <p>{t('board.empty')}</p>
              )}
            </div>
          </div>
        ) : null}
      </div>
      {page ? (
        <div className="board-footer">
          <p className="muted" role="status">
            {page.more ? t('board.more', { shown: page.rows.length }) : t('board.shown', { shown: page.rows.length, total: page.total })}
          </p>
          {page.more ? (
            <button type="button" onClick={() => setLimit((l) => l + BOARD_PAGE_SIZE * 5)}>
              {t('board.loadMore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
