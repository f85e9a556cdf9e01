import { safeUrl } from '@plugboard/core';
import type { ReactNode } from 'react';

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** Options of `linkifiedText`. */
export interface LinkifyOptions {
  /** Non-https origins trusted for links (local sandboxes). @default [] */
  allowedOrigins?: readonly string[];
  /** Id of a note ("opens in a new tab") every link points at with `aria-describedby`. */
  newTabNoteId?: string;
}

/**
 * Text from an API payload as React nodes: always plain text (React escapes it, so markup such
 * as `<script>` shows as characters), with `http(s)` addresses that `safeUrl` accepts turned
 * into links that open in a new tab with `rel="noopener noreferrer"`. Other schemes
 * (`javascript:`, `data:`) and refused addresses stay text.
 */
export function linkifiedText(
  text: string,
  options: LinkifyOptions = {},
): { nodes: ReactNode[]; linkCount: number } {
  const nodes: ReactNode[] = [];
  let linkCount = 0;
  let cursor = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const start = match.index ?? 0;
    const address = match[0].replace(TRAILING_PUNCTUATION, '');
    if (address === '') continue;
    const href = safeUrl(address, { allowedOrigins: options.allowedOrigins });
    if (!href) continue;
    if (start > cursor) nodes.push(text.slice(cursor, start));
    nodes.push(
      <a
        key={`${start}:${address}`}
        data-slot="widget-info-link"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={options.newTabNoteId}
      >
        {address}
      </a>,
    );
    linkCount += 1;
    cursor = start + address.length;
  }
  if (cursor < text.length) nodes.push(text.slice(cursor));
  return { nodes, linkCount };
}
