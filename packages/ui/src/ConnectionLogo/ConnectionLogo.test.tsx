import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { ConnectionLogo, initialsOf } from './ConnectionLogo';

const base = { service_id: 'nimbus-crm', name: 'Nimbus CRM' };

describe('ConnectionLogo', () => {
  it('has no axe violations, decorative or named', async () => {
    const { container } = render(
      <div>
        <ConnectionLogo connection={{ ...base, logo: 'https://cdn.example/logo.svg' }} />
        <ConnectionLogo connection={base} decorative={false} />
      </div>,
    );
    await expectNoAxeViolations(container);
  });

  it('shows a safe https logo, decorative next to the name', () => {
    const { container } = render(
      <ConnectionLogo connection={{ ...base, logo: 'https://cdn.example/logo.svg' }} />,
    );
    const image = container.querySelector('img');
    expect(image).toHaveAttribute('src', 'https://cdn.example/logo.svg');
    expect(image).toHaveAttribute('alt', '');
  });

  it('prefers the square icon, and names the image when it stands alone', () => {
    const { getByRole } = render(
      <ConnectionLogo
        connection={{
          ...base,
          logo: 'https://cdn.example/logo.svg',
          icon: 'https://cdn.example/icon.png',
        }}
        decorative={false}
      />,
    );
    expect(getByRole('img', { name: 'Nimbus CRM' })).toHaveAttribute(
      'src',
      'https://cdn.example/icon.png',
    );
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:image/svg+xml,<svg/>'],
    ['http: not allow-listed', 'http://cdn.example/logo.svg'],
    ['relative', '/logo.svg'],
    ['credentials', 'https://user:pass@cdn.example/logo.svg'],
  ])('falls back to initials for a %s URL', (_kind, logo) => {
    const { container } = render(<ConnectionLogo connection={{ ...base, logo }} />);
    expect(container.querySelector('img')).toBeNull();
    const fallback = container.querySelector('[data-slot="connection-logo"]');
    expect(fallback).toHaveAttribute('data-state', 'fallback');
    expect(fallback).toHaveAttribute('aria-hidden', 'true');
    expect(fallback).toHaveTextContent('NC');
  });

  it('accepts http on an origin the provider allows', async () => {
    const { PlugboardProvider } = await import('@plugboard/react');
    const { createTestClient } = await import('../../test/renderUi');
    const client = await createTestClient();
    const { container } = render(
      <PlugboardProvider client={client} allowedOrigins={['http://127.0.0.1:4010']}>
        <ConnectionLogo connection={{ ...base, logo: 'http://127.0.0.1:4010/logo.svg' }} />
      </PlugboardProvider>,
    );
    expect(container.querySelector('img')).toHaveAttribute('src', 'http://127.0.0.1:4010/logo.svg');
  });

  it('falls back to initials when the image fails to load', async () => {
    const { container } = await renderUi(
      <ConnectionLogo connection={{ ...base, logo: 'https://cdn.example/missing.svg' }} />,
    );
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-state="fallback"]')).toHaveTextContent('NC');
  });

  it('makes initials from one or two words', () => {
    expect(initialsOf('Nimbus CRM')).toBe('NC');
    expect(initialsOf('ledgerly')).toBe('LE');
    expect(initialsOf('open-directory')).toBe('OD');
    expect(initialsOf('  ')).toBe('?');
  });
});
