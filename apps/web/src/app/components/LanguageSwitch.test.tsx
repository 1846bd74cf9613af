import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n, LANGUAGE_STORAGE_KEY } from '../../i18n';
import { topicFieldsData } from '../../test/fixtures';
import { fakeGraphQL, operationName, renderWithProviders } from '../../test/utils';
import { AppRoutes } from '../AppRoutes';

describe('language switch', () => {
  it('starts in German with <html lang="de">', async () => {
    fakeGraphQL(() => ({ data: topicFieldsData('de') }));
    renderWithProviders(<AppRoutes />);
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: 'Organisationen' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Vernetzung' })).toBeTruthy();
  });

  it('switches to English: texts, <html lang>, localStorage, and refetches with Accept-Language en', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'Me' ? { data: { me: null } } : { data: topicFieldsData(request.language === 'en' ? 'en' : 'de') },
    );
    renderWithProviders(<AppRoutes />);
    await screen.findByRole('link', { name: 'Vernetzung' });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: 'Organisations' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Partner portal of the Wirtschaftsinitiative Westfalen');
    expect(await screen.findByRole('link', { name: 'Networking' })).toBeTruthy();
    const topicFieldRequests = () => requests.filter((request) => operationName(request) === 'TopicFields');
    await waitFor(() => expect(topicFieldRequests().map((request) => request.language)).toEqual(['de', 'en']));
    // The header asks who is signed in, in the language of the page too.
    expect(requests.filter((request) => operationName(request) === 'Me').map((request) => request.language)).toEqual(['de', 'en']);
  });

  it('switches back to German and keeps the choice', async () => {
    const user = userEvent.setup();
    fakeGraphQL(({ language }) => ({ data: topicFieldsData(language === 'en' ? 'en' : 'de') }));
    await i18n.changeLanguage('en');
    renderWithProviders(<AppRoutes />);
    await user.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(await screen.findByRole('link', { name: 'Vernetzung' })).toBeTruthy();
  });
});
