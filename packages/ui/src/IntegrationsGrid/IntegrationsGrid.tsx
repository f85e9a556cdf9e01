'use client';
import type { Connection } from '@plugboard/react';
import {
  type ComponentType,
  type FocusEvent,
  type KeyboardEvent,
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import { IntegrationCard, type IntegrationCardProps } from '../IntegrationCard/IntegrationCard';
import { joinClassNames } from '../internal/joinClassNames';
import { columnCount, nextIndex } from './gridNavigation';

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

export interface IntegrationsGridProps {
  /** The connections, in display order. */
  connections: readonly Connection[];
  /**
   * Ids of the connections to show. The others stay mounted but `hidden`, so narrowing and then
   * clearing a search on a large catalogue toggles an attribute instead of rebuilding cards.
   * @default every connection
   */
  visibleIds?: ReadonlySet<string> | undefined;
  /** Called when a card is activated. Keep it stable (`useCallback`). @default undefined */
  onOpen?: ((connection: Connection) => void) | undefined;
  /**
   * The card component; it receives `IntegrationCardProps` and must put `tabIndex` on its
   * focusable element so the grid keeps one tab stop.
   * @default IntegrationCard
   */
  Card?: ComponentType<IntegrationCardProps> | undefined;
  /** Labels the list. @default undefined */
  'aria-label'?: string | undefined;
  /** Id of the element that labels the list (the page title). @default undefined */
  'aria-labelledby'?: string | undefined;
  /** Extra class names for the list. @default undefined */
  className?: string | undefined;
}

interface GridItemProps {
  connection: Connection;
  Card: ComponentType<IntegrationCardProps>;
  onOpen: ((connection: Connection) => void) | undefined;
  tabIndex: number;
  hidden: boolean;
}

// Memoised so that moving the tab stop re-renders two cards, not the whole list.
const GridItem = memo(function GridItem({
  connection,
  Card,
  onOpen,
  tabIndex,
  hidden,
}: GridItemProps) {
  return (
    <li data-slot="integrations-grid-item" data-connection-id={connection.id} hidden={hidden}>
      <Card connection={connection} onOpen={onOpen} tabIndex={tabIndex} />
    </li>
  );
});

/**
 * A responsive grid of integration cards with one tab stop: arrow keys move between cards (by one,
 * or by a row), Home and End jump to the ends, and left/right follow the reading direction.
 * Rendered as a list (`ul`/`li`), which screen readers announce with its size and which reflows
 * freely at any width. Renders `data-slot="integrations-grid"`.
 *
 * @example
 * <IntegrationsGrid connections={connections} onOpen={openDetails} aria-labelledby={titleId} />
 */
export function IntegrationsGrid({
  connections,
  visibleIds,
  onOpen,
  Card = IntegrationCard,
  className,
  ...labelling
}: IntegrationsGridProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const MemoCard = useMemo(
    () => (Card === IntegrationCard ? Card : memo(Card)),
    [Card],
  ) as ComponentType<IntegrationCardProps>;
  const isVisible = (id: string) => visibleIds === undefined || visibleIds.has(id);
  const tabStopId =
    activeId !== undefined && isVisible(activeId) && connections.some((c) => c.id === activeId)
      ? activeId
      : connections.find((connection) => isVisible(connection.id))?.id;

  const onFocus = useCallback((event: FocusEvent<HTMLUListElement>) => {
    const item = (event.target as Element).closest<HTMLElement>(
      '[data-slot="integrations-grid-item"]',
    );
    const id = item?.dataset.connectionId;
    if (id) setActiveId(id);
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLUListElement>) => {
    const list = listRef.current;
    if (!list || event.altKey || event.metaKey) return;
    const items = Array.from(list.children).filter((item) => !(item as HTMLElement).hidden);
    const index = items.findIndex((item) => item.contains(event.target as Node));
    if (index < 0) return;
    const direction = list.closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
    const target = nextIndex(event.key, index, items.length, columnCount(items), direction);
    if (target === undefined) return;
    event.preventDefault();
    const focusable = items[target]?.querySelector<HTMLElement>(FOCUSABLE);
    focusable?.focus();
  }, []);

  return (
    <ul
      ref={listRef}
      // biome-ignore lint/a11y/noRedundantRoles: Safari drops list semantics from a list without bullets.
      role="list"
      data-slot="integrations-grid"
      hidden={tabStopId === undefined}
      className={joinClassNames(className)}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      {...labelling}
    >
      {connections.map((connection) => (
        <GridItem
          key={connection.id}
          connection={connection}
          Card={MemoCard}
          onOpen={onOpen}
          tabIndex={connection.id === tabStopId ? 0 : -1}
          hidden={!isVisible(connection.id)}
        />
      ))}
    </ul>
  );
}
