import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { renderWithProviders } from '../test/utils';
import { ProgressBar } from './ProgressBar';

function renderBar(value: number) {
  return renderWithProviders(<ProgressBar value={value} label="Fortschritt im Themenfeld Vernetzung" caption="Fortschritt" />);
}

describe('ProgressBar', () => {
  it('exposes role, accessible name and value 0..100', () => {
    renderBar(0.426);
    const bar = screen.getByRole('progressbar', { name: 'Fortschritt im Themenfeld Vernetzung' });
    expect(bar.getAttribute('aria-valuenow')).toBe('43');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-valuetext')?.replace(/\s/g, ' ')).toBe('43 %');
  });

  it('shows the percentage and fills the track proportionally', () => {
    const { container } = renderBar(0.25);
    expect(container.querySelector('.progress__value')?.textContent?.replace(/\s/g, ' ')).toBe('25 %');
    expect((container.querySelector('.progress__fill') as HTMLElement).style.width).toBe('25%');
  });

  it('clamps values outside 0..1', () => {
    renderBar(1.4);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });

  it('formats the percentage in the active language', async () => {
    await i18n.changeLanguage('en');
    renderBar(0.5);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('50%');
  });
});
