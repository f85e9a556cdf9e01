'use client';
import { displayName } from '@plugboard/core/internal';
import { type Connection, PlugboardContext, safeUrl } from '@plugboard/react';
import { useContext, useState } from 'react';
import { joinClassNames } from '../internal/joinClassNames';

const FALLBACK_HUES = ['primary', 'info', 'success', 'warning', 'danger', 'neutral'] as const;

/** Up to two letters from the name's words: "Nimbus CRM" → "NC", "ledgerly" → "LE". */
export function initialsOf(name: string): string {
  // Letters as code points, so an emoji or a letter outside the BMP is never cut in half.
  const [first = [], second] = name
    .trim()
    .split(/[\s\-_.]+/u)
    .filter(Boolean)
    .map((word) => [...word]);
  const letters = second ? [first[0], second[0]] : first.slice(0, 2);
  return letters.join('').toLocaleUpperCase() || '?';
}

/** A stable colour family per name, so a connector keeps its colour between renders and pages. */
function hueOf(name: string): (typeof FALLBACK_HUES)[number] {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return FALLBACK_HUES[hash % FALLBACK_HUES.length] ?? 'neutral';
}

export interface ConnectionLogoProps {
  /** The connection whose `icon` (preferred: square) or `logo` is shown. */
  connection: Pick<Connection, 'name' | 'service_id' | 'icon' | 'logo'>;
  /**
   * Whether the connector's name is shown next to the logo. Then the image is decorative
   * (`alt=""`, initials hidden from assistive technology); otherwise it is named after the connector.
   * @default true
   */
  decorative?: boolean;
  /** Extra class names. Size comes from `--pb-logo-size`. @default undefined */
  className?: string;
}

/**
 * A connector's logo, loaded only from a safe URL (`https:`, or an origin in the provider's
 * `allowedOrigins`), with coloured initials when there is no logo, it is unsafe, or it fails to
 * load. Renders `data-slot="connection-logo"` and `data-state="image" | "fallback"`.
 *
 * @example
 * <ConnectionLogo connection={connection} />
 */
export function ConnectionLogo({ connection, decorative = true, className }: ConnectionLogoProps) {
  // Read the context directly: the logo also works outside a PlugboardProvider (https only then).
  const allowedOrigins = useContext(PlugboardContext)?.allowedOrigins;
  const name = displayName(connection);
  const source =
    safeUrl(connection.icon, { allowedOrigins }) ?? safeUrl(connection.logo, { allowedOrigins });
  const [failedSource, setFailedSource] = useState<string | undefined>(undefined);

  if (source && failedSource !== source) {
    return (
      <span data-slot="connection-logo" data-state="image" className={joinClassNames(className)}>
        <img
          src={source}
          alt={decorative ? '' : name}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailedSource(source)}
        />
      </span>
    );
  }
  return (
    <span
      data-slot="connection-logo"
      data-state="fallback"
      data-hue={hueOf(name)}
      className={joinClassNames(className)}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
    >
      {initialsOf(name)}
    </span>
  );
}
