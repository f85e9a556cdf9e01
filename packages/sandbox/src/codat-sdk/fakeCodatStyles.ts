/**
 * The fake SDK's stylesheet. It reads Plugboard's `--pb-*` tokens when it sits inside a Plugboard
 * dialog and falls back to system colours elsewhere. Injected as one `<style>` per document, with
 * the `nonce` the host passes, as Codat's SDK does, so a strict CSP (`style-src 'nonce-…'`)
 * allows it. No inline `style` attributes anywhere.
 */
const CSS = `
.pb-fake-codat {
  display: flex;
  flex-direction: column;
  inline-size: 100%;
  block-size: 100%;
  min-block-size: 0;
  background: var(--pb-color-bg, Canvas);
  color: var(--pb-color-text, CanvasText);
  font: inherit;
}
.pb-fake-codat__header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 0.75rem;
  padding: 1rem 1.25rem;
  border-block-end: 1px solid var(--pb-color-border, GrayText);
}
.pb-fake-codat__title { margin: 0; font-size: 1.125rem; font-weight: 650; }
.pb-fake-codat__body { flex: 1; min-block-size: 0; overflow: auto; padding: 1rem 1.25rem; }
.pb-fake-codat__list { display: grid; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
.pb-fake-codat__item {
  display: grid;
  grid-template-columns: 1fr auto;
  align-items: center;
  gap: 0.125rem 0.75rem;
  padding: 0.75rem;
  border: 1px solid var(--pb-color-border, GrayText);
  border-radius: var(--pb-radius, 10px);
}
.pb-fake-codat__name { font-weight: 600; overflow-wrap: anywhere; }
.pb-fake-codat__meta { grid-column: 1; color: var(--pb-color-text-muted, CanvasText); font-size: 0.8125rem; }
.pb-fake-codat__item > .pb-fake-codat__button { grid-row: 1 / span 2; grid-column: 2; }
.pb-fake-codat__button {
  padding: 0.375rem 0.75rem;
  border: 1px solid var(--pb-color-border-strong, ButtonBorder);
  border-radius: var(--pb-radius-sm, 6px);
  background: var(--pb-color-surface, ButtonFace);
  color: var(--pb-color-text, ButtonText);
  font: inherit;
  cursor: pointer;
}
.pb-fake-codat__button[aria-disabled="true"] { cursor: progress; opacity: 0.7; }
.pb-fake-codat__button:focus-visible { outline: 2px solid var(--pb-color-focus, Highlight); outline-offset: 2px; }
.pb-fake-codat__status[data-status="Linked"] { color: var(--pb-color-success, CanvasText); }
.pb-fake-codat__status[data-status="Deauthorized"] { color: var(--pb-color-danger, CanvasText); }
.pb-fake-codat__notice { margin: 0; }
.pb-fake-codat__alert {
  margin: 0 0 0.75rem;
  padding: 0.75rem;
  border-radius: var(--pb-radius-sm, 6px);
  background: var(--pb-color-danger-subtle, Canvas);
  color: var(--pb-color-danger, CanvasText);
}
.pb-fake-codat__alert:empty { display: none; }
.pb-fake-codat__announcer {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;

const STYLE_MARKER = 'data-plugboard-fake-codat';
const users = new WeakMap<Document, number>();

/** Adds the stylesheet to `document` (once), with `nonce`; returns a function that releases it. */
export function retainFakeCodatStyles(document: Document, nonce: string | undefined): () => void {
  let style = document.head.querySelector<HTMLStyleElement>(`style[${STYLE_MARKER}]`);
  if (!style) {
    style = document.createElement('style');
    style.setAttribute(STYLE_MARKER, '');
    if (nonce) {
      style.setAttribute('nonce', nonce);
      style.nonce = nonce;
    }
    style.textContent = CSS;
    document.head.append(style);
  }
  users.set(document, (users.get(document) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const remaining = (users.get(document) ?? 1) - 1;
    users.set(document, remaining);
    if (remaining === 0) document.head.querySelector(`style[${STYLE_MARKER}]`)?.remove();
  };
}
