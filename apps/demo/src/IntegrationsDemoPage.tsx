import { IntegrationsPage } from '@plugboard/ui';
import { useState } from 'react';

/** The drop-in page, with its callbacks shown in an activity log. */
export function IntegrationsDemoPage({
  theme,
  locale,
}: {
  theme: 'system' | 'light' | 'dark';
  locale: string;
}) {
  const [activity, setActivity] = useState<Array<{ id: number; text: string }>>([]);
  const log = (text: string) =>
    setActivity((entries) => [{ id: (entries[0]?.id ?? 0) + 1, text }, ...entries].slice(0, 5));
  return (
    <>
      <h1 className="demo-page-title">Settings</h1>
      <IntegrationsPage
        theme={theme}
        locale={locale}
        onConnectionChange={(connection, action) =>
          log(`${action}: ${connection.name ?? connection.service_id}`)
        }
        onConnectionDelete={(connection) =>
          log(`deleted: ${connection.name ?? connection.service_id}`)
        }
      />
      {activity.length > 0 && (
        <aside className="demo-activity" aria-label="Activity">
          <h2>Activity</h2>
          <ul>
            {activity.map((entry) => (
              <li key={entry.id}>{entry.text}</li>
            ))}
          </ul>
        </aside>
      )}
    </>
  );
}
