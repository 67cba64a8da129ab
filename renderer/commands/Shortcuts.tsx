// Binds the command registry to the keyboard, and shows every shortcut with ? (from the same table).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { COMMANDS, commandFor } from './registry';
import { say } from '../i18n/keys';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function Shortcuts() {
  const { t } = useTranslation();
  const [path, navigate] = useLocation();
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = isTyping(event.target);
      if (event.key === '?' && !typing) {
        setHelp((h) => !h);
        return;
      }
      if (event.key === 'Escape') setHelp(false);
      const command = commandFor(event, typing);
      if (!command) return;
      event.preventDefault();
      setHelp(false);
      command.run({ navigate, path });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, path]);
  if (!help) return null;
  return (
    <div className="shortcut-help" role="dialog" aria-label={t('shortcuts.title')}>
      <h2>{t('shortcuts.title')}</h2>
      <dl>
        {COMMANDS.map((command) => (
          <div key={command.id}>
            <dt>
              <kbd>{command.shortcut}</kbd>
            </dt>
            <dd>{say(t, command.labelKey)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>↑</kbd> <kbd>↓</kbd> <kbd>{t('shortcuts.enterKey')}</kbd>
          </dt>
          <dd>{t('shortcuts.moveInLists')}</dd>
        </div>
      </dl>
      <button type="button" onClick={() => setHelp(false)}>
        {t('common.close')}
      </button>
    </div>
  );
}
