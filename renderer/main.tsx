// Boots the console: language, mode, database (seeded with the default plan on first run), store.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import type { Locale } from '@shared/text';
import { backupsForEmptyDatabase } from './features/settings/EmptyStart';
import { ModeRoot, openSeeded } from './features/session/ModeRoot';
import { followConsoleMode } from './features/session/consoleMode';
import { localeSwitched, operatorRemembered } from './features/session/sessionSlice';
import { initI18n } from './i18n';
import { seat } from './db/seat';
import { createStore } from './store';
import './ui/app.css';

const REMEMBERED_LOCALE = 'console.locale';
const REMEMBERED_OPERATOR = 'console.lastOperator';

async function boot() {
  const rootElement = document.getElementById('root')!;
  const root = createRoot(rootElement);
  const locale: Locale = localStorage.getItem(REMEMBERED_LOCALE) === 'en' ? 'en' : 'zh-CN';
  const i18n = initI18n(locale);
  document.documentElement.lang = locale;
  const store = createStore(localStorage);
  store.dispatch(localeSwitched(locale));
  // A reload in the middle of a drill stays in the drill, and a switch in another window is followed at once.
  followConsoleMode(store.dispatch, localStorage, window);
  const lastOperator = localStorage.getItem(REMEMBERED_OPERATOR);
  store.subscribe(() => {
    const { session } = store.getState();
    if (session.locale !== i18n.language) {
      void i18n.changeLanguage(session.locale);
      document.documentElement.lang = session.locale;
      localStorage.setItem(REMEMBERED_LOCALE, session.locale);
    }
    if (session.operatorId) localStorage.setItem(REMEMBERED_OPERATOR, session.operatorId);
  });

  try {
    const mode = store.getState().session.mode;
    // An emptied database with backups is not seeded here: ModeRoot asks the operator first.
    if (!(await backupsForEmptyDatabase(mode))) await openSeeded(mode);
  } catch (error) {
    rootElement.textContent = i18n.t('app.storageError', { message: error instanceof Error ? error.message : String(error) });
    return;
  }
  // Remember who sat here last, but always ask for the password: the name is preselected, nothing more.
  if (lastOperator) store.dispatch(operatorRemembered(lastOperator));
  // From here on every change is made by the person signed in at this seat, or not at all.
  seat.enforce();
  root.render(
    <StrictMode>
      <Provider store={store}>
        <ModeRoot />
      </Provider>
    </StrictMode>,
  );
}

void boot();
