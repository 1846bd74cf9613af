import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Screenshots of every journey step (gitignored). */
export const ARTIFACTS_DIR = path.resolve(here, '..', 'artifacts', 'e2e');

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Records the URL of every request the page makes (documents, scripts, fonts, XHR, …). */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * Records console errors and uncaught exceptions: a Content-Security-Policy violation (something
 * the page tried to load from elsewhere, or an inline script) shows up here.
 */
export function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** URLs that left the machine; data: and blob: URLs never touch the network. */
export function nonLocalRequests(urls: readonly string[]): string[] {
  return urls.filter((raw) => {
    const url = new URL(raw);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return !LOCAL_HOSTS.has(url.hostname);
  });
}

export async function screenshot(page: Page, testInfo: TestInfo, step: string): Promise<void> {
  const dir = path.join(
    ARTIFACTS_DIR,
    testInfo.titlePath
      .slice(1)
      .join(' - ')
      .replace(/[^\w-]+/g, '_'),
  );
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${step}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(step, { path: file, contentType: 'image/png' });
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the current page; fails with a readable list.
 * Only violations are collected (axe then skips building selectors for every passing node), and a
 * page without frames is checked by axe.run in the page itself instead of axe.runPartial plus
 * axe.finishRun in a new blank page (the default, needed for frames of other origins): the same
 * rules on the same document, 1.3 s → 0.4 s per check.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] });
  if (page.frames().length === 1) axe.setLegacyMode();
  const results = await axe.analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until no list region is busy (loading finished). */
export async function waitForIdle(page: Page): Promise<void> {
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

interface SeedTopicField {
  key: string;
  position: number;
  titleDe: string;
  titleEn: string;
}

/** Topic-field titles from the committed seed, when the seed file is where we expect it. */
export function seedTopicFields(): SeedTopicField[] | null {
  const file = path.resolve(here, '..', '..', '..', 'prisma', 'seed', 'topic-fields.json');
  if (!existsSync(file)) return null;
  const fields = JSON.parse(readFileSync(file, 'utf8')) as SeedTopicField[];
  return [...fields].sort((a, b) => a.position - b.position);
}

/** Password of every demo account (see apps/api/src/accounts/demo-accounts.ts). */
export const DEMO_PASSWORD = 'Westfalen-Demo-2026!';

/** Signs in on /anmelden and waits until the header shows the person. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: /Angemeldet als/ })).toBeVisible();
  // The page leaves the sign-in form afterwards; a menu opened before that would close again.
  await expect(page).not.toHaveURL(/\/anmelden(\?|$)/);
}

/** Opens the account menu and waits until it is open (a click during a route change may not stick). */
export async function openAccountMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('banner').getByRole('button', { name: /Angemeldet als/ });
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass();
}

/** Signs out through the account menu. */
export async function signOut(page: Page): Promise<void> {
  const banner = page.getByRole('banner');
  await openAccountMenu(page);
  await banner.getByRole('button', { name: 'Abmelden' }).click();
  await expect(banner.getByRole('link', { name: 'Anmelden' })).toBeVisible();
}

/** One GraphQL operation with the cookies of the page's context; fails on errors. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'Accept-Language': 'de' } });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** The confirmation token of the mail sent to `recipient` (development mailbox). */
export async function confirmationToken(request: APIRequestContext, recipient: string): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(async () => {
      const { messages } = (await (await request.get('/dev/mailbox.json')).json()) as {
        messages: { recipient: string; template: string; text: string }[];
      };
      token = messages
        .find((message) => message.recipient === recipient && message.template === 'verify-email')
        ?.text.match(/\/konto\/bestaetigen\?token=([\w-]+)/)?.[1];
      return token;
    })
    .toBeTruthy();
  return token!;
}
