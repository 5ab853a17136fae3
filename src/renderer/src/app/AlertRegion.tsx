import { useStrings } from '../i18n';
import { useDescribeError } from '../i18n/errors';
import type { AppAlert } from '../hooks/useAlerts';
import { APP_STRINGS } from './strings';

/**
 * Errors stay on screen until dismissed. The live region is always in the page
 * so that screen readers announce each new message as it is added.
 */
export function AlertRegion({ alerts, onDismiss }: { alerts: AppAlert[]; onDismiss: (id: number) => void }) {
  const t = useStrings(APP_STRINGS);
  const describe = useDescribeError();
  return (
    <div className="alert-region" role="alert" aria-label={t('errorsLabel')}>
      {alerts.map((alert) => (
        <div key={alert.id} className="alert">
          <p className="alert-text">
            <strong>{alert.summary}</strong>
            {alert.detail ? (
              <span className="alert-detail">
                {' '}
                {typeof alert.detail === 'string' ? alert.detail : describe(alert.detail)}
              </span>
            ) : null}
          </p>
          <button type="button" className="alert-dismiss" onClick={() => onDismiss(alert.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
