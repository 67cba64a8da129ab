// A fault in one screen must not blank the console: it shows what happened and a way back,
// and the data (saved in IndexedDB as each write commits) is untouched.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ message, onReset }: { message: string; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice error fault" role="alert">
      <h2>{t('app.faultTitle')}</h2>
      <p>{t('app.faultBody')}</p>
      <pre>{message}</pre>
      <button type="button" className="primary" onClick={onReset}>
        {t('app.faultReload')}
      </button>
    </div>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Fallback message={error.message} onReset={() => window.location.reload()} />;
  }
}
