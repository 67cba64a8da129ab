// 舆情监测: items logged before any incident exists, each with its warning level by the plan's rule;
// the monitoring team picks one or a cluster and makes an incident of them (through the intake,
// the one way incidents are registered) or attaches them to an existing one by its number.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { OpinionItem } from '@shared/opinion';
import { opinionWarningRule } from '@shared/opinionWarning';
import { useConsole } from '../../db/DatabaseContext';
import { incidentByNumber } from '../../db/incidents';
import { attachOpinions } from '../../db/opinions';
import { useIncidentNumbers, useRecentAttachedOpinions, useWatchedOpinions } from '../../db/reads/opinions';
import { Field, Panel } from '../../ui/Field';
import { FormAlert, Outcome } from '../../ui/Outcome';
import { formatDateTime } from '../../ui/format';
import { useCommand, type CommandState } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { OpinionForm } from './OpinionForm';
import { WarningBadge } from './OpinionList';
import './opinion.css';

export function OpinionWatchPage() {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const rule = opinionWarningRule(plan);
  const [adding, setAdding] = useState(false);
  const [logged, setLogged] = useState<OpinionItem | null>(null);
  const watched = useWatchedOpinions();
  // Kept here: once the last items are attached the list closes, and its sentence must stay.
  const command = useCommand();
  const recent = useRecentAttachedOpinions();
  const warningName = (level: string) => t(`opinion.warning.${level as 'red'}`);

  return (
    <div className="opinion-watch">
      <div className="page-header">
        <h1>{t('opinion.watch.title')}</h1>
        {!adding ? (
          <button type="button" onClick={() => setAdding(true)}>
            {t('opinion.add')}
          </button>
        ) : null}
      </div>
      <p className="muted small">
        {t('opinion.watch.rule', {
          yellowReach: rule.yellow.reach,
          yellowSpread: rule.yellow.spread,
          orangeReach: rule.orange.reach,
          orangeSpread: rule.orange.spread,
          redReach: rule.red.reach,
          redSpread: rule.red.spread,
          media: warningName(rule.mediaPickup),
          alertFrom: warningName(rule.alertFrom),
        })}
      </p>
      {adding ? (
        <Panel title={t('opinion.add')}>
          <OpinionForm onDone={() => setAdding(false)} onLogged={(item) => setLogged(item)} />
        </Panel>
      ) : null}
      {logged ? (
        <div className="notice" role="status">
          {t('opinion.watch.logged', { warning: t(`opinion.warning.${logged.warning ?? 'none'}`) })}
        </div>
      ) : null}
      <Panel title={t('opinion.watch.watched')}>
        {watched && watched.length === 0 ? <p className="muted">{t('opinion.watch.watchedEmpty')}</p> : null}
        {watched && watched.length > 0 ? <WatchedItems items={watched} command={command} /> : null}
        {command.message?.kind === 'success' ? <Outcome kind="success">{command.message.text}</Outcome> : null}
      </Panel>
      <Panel title={t('opinion.watch.recent')}>
        {recent && recent.length > 0 ? <AttachedItems items={recent} /> : <p className="muted">—</p>}
      </Panel>
    </div>
  );
}

function ItemCells({ item }: { item: OpinionItem }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  return (
    <>
      <td className="nowrap">{formatDateTime(item.foundAt, plan.utcOffsetMinutes)}</td>
      <td className="nowrap">{t(`opinion.platform.${item.platform}`)}</td>
      <td>
        <WarningBadge level={item.warning} />
      </td>
      <td className="number nowrap">
        <div>{t('opinion.reach', { reach: item.reach })}</div>
        {item.spread !== undefined ? <div className="muted small">{t('opinion.spread', { spread: item.spread })}</div> : null}
        {item.mediaPickup ? <div className="muted small">{t('opinion.media')}</div> : null}
      </td>
      <td>{item.summary}</td>
    </>
  );
}

function Head({ first }: { first?: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {first !== undefined ? <th scope="col">{first}</th> : null}
        <th scope="col">{t('opinion.column.foundAt')}</th>
        <th scope="col">{t('opinion.column.platform')}</th>
        <th scope="col">{t('opinion.column.warning')}</th>
        <th scope="col" className="number">
          {t('opinion.column.reach')}
        </th>
        <th scope="col">{t('opinion.column.summary')}</th>
      </tr>
    </thead>
  );
}

function WatchedItems({ items, command }: { items: OpinionItem[]; command: CommandState }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const [, navigate] = useLocation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [number, setNumber] = useState('');
  const [numberError, setNumberError] = useState<string | undefined>();
  const selected = chosen.filter((id) => items.some((item) => item.id === id));
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));

  async function attach(event: FormEvent) {
    event.preventDefault();
    const wanted = number.trim();
    const incident = wanted ? await incidentByNumber(db, wanted) : undefined;
    if (!incident) {
      setNumberError(wanted ? 'opinion.watch.noSuchIncident' : 'validation.required');
      return;
    }
    setNumberError(undefined);
    const done = await command.run(
      () => attachOpinions(db, selected, incident.id, writeContext()),
      (_, tr) => tr('opinion.watch.attached', { number: incident.number }),
    );
    if (done) {
      setChosen([]);
      setNumber('');
    }
  }

  return (
    <>
      <table className="opinion-table" aria-label={t('opinion.watch.watched')}>
        <Head first={t('opinion.watch.selected', { count: selected.length })} />
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('opinion.watch.select', { summary: item.summary })}
                  checked={selected.includes(item.id)}
                  onChange={(e) => toggle(item.id, e.target.checked)}
                />
              </td>
              <ItemCells item={item} />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="watch-actions">
        <button
          type="button"
          className="primary"
          disabled={selected.length === 0}
          onClick={() => navigate(`/intake/from-opinion/${selected.join(',')}`)}
        >
          {t('opinion.watch.raise')}
        </button>
        <form className="watch-attach" aria-label={t('opinion.watch.attach')} onSubmit={attach} noValidate>
          <Field label={t('opinion.watch.attachNumber')} error={numberError}>
            {(a) => <input {...a} value={number} onChange={(e) => setNumber(e.target.value)} />}
          </Field>
          <button type="submit" disabled={selected.length === 0 || command.busy}>
            {t('opinion.watch.attach')}
          </button>
        </form>
      </div>
      <FormAlert text={command.alert} />
    </>
  );
}

function AttachedItems({ items }: { items: OpinionItem[] }) {
  const { t } = useTranslation();
  const numbers = useIncidentNumbers(items.map((item) => item.incidentId ?? ''));
  return (
    <table className="opinion-table" aria-label={t('opinion.watch.recent')}>
      <Head first={t('opinion.watch.attachNumber')} />
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="nowrap">
              {item.incidentId ? (
                <Link href={`/incidents/${item.incidentId}`} className="mono">
                  {numbers?.get(item.incidentId) ?? ''}
                </Link>
              ) : null}
            </td>
            <ItemCells item={item} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
