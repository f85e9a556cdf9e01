import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { FormFieldHarness } from '../FormField/FormFieldHarness';

describe('InfoWidget', () => {
  it('renders markup and unsafe links as inert text, and only https links as links', async () => {
    const description =
      'Read https://docs.example/guide. <script>alert("x")</script> <img src=x onerror=alert(1)> ' +
      'javascript:alert(1) http://insecure.example/page <a href="javascript:alert(2)">click</a>';
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[{ id: 'sync_notice', type: 'info', label: 'About syncing', description }]}
      />,
    );
    await expectNoAxeViolations(container);

    const note = screen.getByRole('note', { name: 'About syncing' });
    expect(note).toHaveTextContent('<script>alert("x")</script>', { normalizeWhitespace: false });
    expect(container.querySelector('script, img')).toBeNull();
    expect(note.textContent).toContain('javascript:alert(1)');
    expect(note.textContent).toContain('http://insecure.example/page');

    const links = within(note).getAllByRole('link');
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link).toHaveAttribute('href', 'https://docs.example/guide');
    expect(link).toHaveTextContent('https://docs.example/guide');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleDescription('(opens in a new tab)');
    for (const anchor of container.querySelectorAll('a')) {
      expect(anchor.getAttribute('href')).toMatch(/^https:/);
    }
  });

  it('shows an info field’s value as well as its description', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[
          {
            id: 'ip_allowlist',
            type: 'info',
            label: 'IP allow-list',
            value: 'Allow 192.0.2.10.',
            description: 'Ask your administrator.',
          },
        ]}
      />,
    );
    await expectNoAxeViolations(container);
    const note = screen.getByRole('note', { name: 'IP allow-list' });
    expect([...note.querySelectorAll('p')].map((paragraph) => paragraph.textContent)).toEqual([
      'Allow 192.0.2.10.',
      'Ask your administrator.',
    ]);
    expect(container.querySelectorAll('[data-slot="field-description"]')).toHaveLength(0);
  });
});
