/** Up to two initials: `Nimbus CRM` → `NC`, `PipelinePro` → `PP`, `Ledgerly` → `L`. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Dark text on light tiles, white on dark ones (WCAG relative luminance). */
function textColourFor(background: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(background)?.[1] ?? '444444';
  const [r, g, b] = [0, 2, 4].map((offset) => {
    const channel = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? '#111827' : '#ffffff';
}

/** A connector logo: its initials on a rounded tile of its brand colour. */
export function connectorLogoSvg(name: string, brandColor: string): string {
  const initials = escapeXml(initialsOf(name));
  const fill = /^#[0-9a-f]{6}$/i.test(brandColor) ? brandColor : '#4b5563';
  const fontSize = initials.length > 1 ? 50 : 64;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-label="${escapeXml(name)} logo">`,
    `<title>${escapeXml(name)}</title>`,
    `<rect width="128" height="128" rx="28" fill="${fill}"/>`,
    `<text x="64" y="64" dy="0.35em" text-anchor="middle" font-family="ui-sans-serif, system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${fontSize}" font-weight="700" fill="${textColourFor(fill)}">${initials}</text>`,
    '</svg>',
  ].join('');
}
