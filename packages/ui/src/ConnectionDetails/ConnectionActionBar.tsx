'use client';
import type { ConnectionAction } from '@plugboard/react';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import type { RunnableConnectionAction } from '../messages/pageMessages';
import type { ConnectionActionRunner } from './useConnectionActionRunner';

const RUNNABLE: readonly RunnableConnectionAction[] = [
  'add',
  'enable',
  'authorize',
  'authorizeToken',
  'validate',
  'disable',
  'reauthorize',
  'disconnect',
  'delete',
];

const PRIMARY: readonly RunnableConnectionAction[] = [
  'add',
  'enable',
  'authorize',
  'authorizeToken',
];

function isRunnable(action: ConnectionAction): action is RunnableConnectionAction {
  return (RUNNABLE as readonly string[]).includes(action);
}

function variantOf(action: RunnableConnectionAction): 'primary' | 'secondary' | 'danger' {
  if (PRIMARY.includes(action)) return 'primary';
  return action === 'delete' ? 'danger' : 'secondary';
}

export interface ConnectionActionBarProps {
  /** The actions core allows, in display order; form actions are left to their sections. */
  actions: readonly ConnectionAction[];
  runner: ConnectionActionRunner;
  /** The connection's display name, for the delete confirmation. */
  name: string;
}

/**
 * The dialog's action buttons, in core's order, each with its progress (`aria-busy`, disabled
 * while any action runs) and its own inline error; delete asks for confirmation first, with
 * Cancel focused.
 */
export function ConnectionActionBar({ actions, runner, name }: ConnectionActionBarProps) {
  const { messages } = useMessages();
  const page = messages.page;
  const id = useId();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const buttons = actions.filter(isRunnable);
  const { running, errors, run } = runner;
  const canDelete = buttons.includes('delete');

  useEffect(() => {
    if (confirmingDelete) cancelButton.current?.focus();
  }, [confirmingDelete]);

  // Deleted: the action is gone, and so is its confirmation. Refused: back to the Delete button.
  const deleteError = errors.delete;
  useEffect(() => {
    if (!canDelete) setConfirmingDelete(false);
  }, [canDelete]);
  useEffect(() => {
    if (!deleteError) return;
    setConfirmingDelete(false);
    deleteButton.current?.focus();
  }, [deleteError]);

  const cancelDelete = () => {
    setConfirmingDelete(false);
    deleteButton.current?.focus();
  };
  const onConfirmKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    // Escape backs out of the confirmation, not out of the dialog.
    event.preventDefault();
    event.stopPropagation();
    cancelDelete();
  };

  const busyProps = (action: RunnableConnectionAction) => ({
    'aria-busy': running === action || undefined,
    'aria-disabled': running !== undefined || undefined,
    'data-disabled': running !== undefined ? '' : undefined,
    'data-state': running === action ? 'running' : 'idle',
  });

  const failed = RUNNABLE.filter((action) => Boolean(errors[action]));
  if (buttons.length === 0 && failed.length === 0) return null;
  return (
    <div data-slot="details-actions" data-state={running ? 'running' : 'idle'}>
      {/* biome-ignore lint/a11y/useSemanticElements: buttons, not form fields: a fieldset would announce a form. */}
      <div role="group" aria-label={page.actionsLabel} data-slot="details-actions-buttons">
        {buttons.map((action) => (
          <button
            key={action}
            ref={action === 'delete' ? deleteButton : undefined}
            type="button"
            data-slot="action-button"
            data-action={action}
            data-variant={variantOf(action)}
            {...busyProps(action)}
            aria-expanded={action === 'delete' ? confirmingDelete : undefined}
            aria-controls={action === 'delete' && confirmingDelete ? `${id}-confirm` : undefined}
            aria-describedby={errors[action] ? `${id}-${action}-error` : undefined}
            onClick={() => {
              if (running) return;
              if (action === 'delete') setConfirmingDelete(true);
              else run(action);
            }}
          >
            {running === action ? page.actionRunning[action] : page.actionLabels[action]}
          </button>
        ))}
      </div>
      {confirmingDelete ? (
        // biome-ignore lint/a11y/useSemanticElements: a question with two buttons, not a form section.
        <div
          id={`${id}-confirm`}
          role="group"
          data-slot="details-confirm"
          aria-labelledby={`${id}-confirm-title`}
          aria-describedby={`${id}-confirm-description`}
          onKeyDown={onConfirmKeyDown}
        >
          <p id={`${id}-confirm-title`} data-slot="details-confirm-title">
            {formatMessage(page.deleteConfirmTitle, { name })}
          </p>
          <p id={`${id}-confirm-description`} data-slot="details-confirm-description">
            {page.deleteConfirmDescription}
          </p>
          <div data-slot="details-confirm-buttons">
            <button
              ref={cancelButton}
              type="button"
              data-slot="action-button"
              data-variant="secondary"
              onClick={cancelDelete}
            >
              {page.cancel}
            </button>
            <button
              type="button"
              data-slot="action-button"
              data-variant="danger"
              data-action="confirm-delete"
              {...busyProps('delete')}
              onClick={() => {
                if (!running) run('delete');
              }}
            >
              {running === 'delete' ? page.actionRunning.delete : page.deleteConfirm}
            </button>
          </div>
        </div>
      ) : null}
      {failed.map((action) => (
        <p
          key={action}
          id={`${id}-${action}-error`}
          role="alert"
          data-slot="details-error"
          data-action={action}
        >
          {errors[action]}
        </p>
      ))}
    </div>
  );
}
