import {
  type Connection,
  useAuthorizeConnection,
  useConnectionActions,
  useConnectionSettingsForm,
  useConnections,
  useDeleteConnection,
  useUpdateConnection,
} from '@plugboard/react';
import { useId, useState } from 'react';

/**
 * An integrations list built only from @plugboard/react's hooks, with the demo's own markup:
 * proof that the headless layer carries everything (status, actions, OAuth, forms, errors).
 */
export function HeadlessDemoPage() {
  const { data = [], isPending, error, refetch } = useConnections();
  const [query, setQuery] = useState('');
  const visible = data.filter((c) =>
    `${c.name} ${c.unified_api}`.toLowerCase().includes(query.toLowerCase()),
  );
  return (
    <section className="headless" aria-labelledby="headless-title">
      <h1 id="headless-title">Integrations, built from hooks</h1>
      <p className="headless-lead">
        The same data and behaviour as the integrations page, with markup this app owns.
      </p>
      <label className="headless-search">
        Search
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {isPending && <p role="status">Loading…</p>}
      {error && (
        <p role="alert">
          {error.message}{' '}
          <button type="button" onClick={() => refetch()}>
            Retry
          </button>
        </p>
      )}
      <ul className="headless-list">
        {visible.map((connection) => (
          <HeadlessRow key={connection.id} connection={connection} />
        ))}
      </ul>
    </section>
  );
}

function HeadlessRow({ connection }: { connection: Connection }) {
  const ref = { unifiedApi: connection.unified_api, serviceId: connection.service_id };
  const { status, can } = useConnectionActions(connection);
  const { authorize, status: oauthStatus, error: oauthError } = useAuthorizeConnection(connection);
  const update = useUpdateConnection();
  const remove = useDeleteConnection();
  const [open, setOpen] = useState(false);
  const error = oauthError ?? update.error ?? remove.error;
  return (
    <li className="headless-row" data-tone={status.tone}>
      <div className="headless-row-main">
        <strong>{connection.name}</strong>
        <span className="headless-api">{connection.unified_api}</span>
        <span className="headless-status">{status.label}</span>
      </div>
      <div className="headless-actions">
        {can('add') && (
          <button
            type="button"
            onClick={() => update.mutate({ ...ref, connection: { enabled: true } })}
          >
            Add
          </button>
        )}
        {can('authorize') && (
          <button type="button" onClick={authorize} disabled={oauthStatus === 'confirming'}>
            Connect
          </button>
        )}
        {can('editSettings') && (
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
            Settings
          </button>
        )}
        {can('delete') && (
          <button type="button" onClick={() => remove.mutate(ref)}>
            Delete
          </button>
        )}
      </div>
      {error && <p role="alert">{error.message}</p>}
      {open && <HeadlessSettings connection={connection} />}
    </li>
  );
}

function HeadlessSettings({ connection }: { connection: Connection }) {
  const { form, fields, submit, status, error } = useConnectionSettingsForm(connection);
  const idPrefix = useId();
  return (
    <form
      className="headless-settings"
      onSubmit={submit}
      aria-label={`${connection.name} settings`}
    >
      {fields.map((field) => {
        const id = `${idPrefix}-${field.id}`;
        const fieldError = form.formState.errors[field.id]?.message;
        return (
          <div key={field.id} className="headless-field">
            <label htmlFor={id}>{field.label}</label>
            <input
              id={id}
              type={field.sensitive ? 'password' : 'text'}
              disabled={field.readOnly}
              aria-invalid={Boolean(fieldError)}
              {...form.register(field.id)}
            />
            {fieldError && <span role="alert">{fieldError}</span>}
          </div>
        );
      })}
      {error && <p role="alert">{error.message}</p>}
      <button type="submit" disabled={status === 'saving'}>
        {status === 'saving' ? 'Saving…' : 'Save'}
      </button>
      {status === 'saved' && <span role="status">Saved</span>}
    </form>
  );
}
