import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { callback } from '../adapters/contacts.fixtures';
import { TOKENS, openDesk, type Desk } from './desk';

const DOCS = join(__dirname, '..', '..', 'docs');

/** The README's screenshots, rewritten only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean. */
async function readmeScreenshot(page: Page, file: string, fullPage = false): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: join(DOCS, file), fullPage });
}

const XSS = '<img src=x onerror=alert(1)>';

let desk: Desk;
test.beforeAll(async () => {
  desk = await openDesk();
});
test.afterAll(() => desk.close());

/** Books a callback the way a customer does: by talking to the skill on their Fire TV. */
async function bookByVoice(): Promise<void> {
  // Three steps tried (the last one left unanswered), then a person asked for: a callback as soon as possible.
  const replies = await desk.converse('ask device help desk my fire tv is lagging', 'no', 'no', 'no', 'talk to an agent', 'call me back as soon as possible', 'yes', 'no');
  expect(replies.join(' | ')).toMatch(/Fire TV team will call the number ending in 0142/);
}

/** A callback someone booked earlier, already due, for a queue with more than one line. */
async function seed(overrides: Parameters<typeof callback>[0]) {
  const result = await desk.contacts.bookCallback(callback(overrides), { requestId: `seed-${Math.random()}`, slotCapacity: 10 });
  if (result.outcome !== 'BOOKED') throw new Error(result.outcome);
  return result.callback;
}

async function signIn(page: Page, team: keyof typeof TOKENS, agent: string, token = TOKENS[team]) {
  await page.goto(`${desk.url}/console/`);
  await page.getByLabel('Team', { exact: true }).selectOption(team);
  await page.getByLabel('Your name').fill(agent);
  await page.getByLabel('Team token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);

test.describe.configure({ mode: 'serial' });

test('a callback booked by voice appears in the team queue by itself; the agent claims it, calls and records no answer', async ({ page }) => {
  await seed({ team: 'FIRE_TV', userId: 'amzn1.ask.account.SEEDED', scheduledFor: new Date(Date.now() - 20 * 60_000).toISOString(), handoff: { ...callback().handoff, team: 'FIRE_TV', device: { family: 'FIRE_TV', model: 'Fire TV Cube', name: 'Bedroom Fire TV Cube', status: 'online' }, problem: { symptomId: 'NO_SIGNAL', description: 'shows no picture' } } });
  await signIn(page, 'FIRE_TV', 'ana');
  await expect(page.getByRole('heading', { name: 'Queue' })).toBeVisible();
  expect(page.url()).not.toContain(TOKENS.FIRE_TV);
  await expect(page.getByRole('row', { name: /Bedroom Fire TV Cube/ })).toContainText('Overdue by');

  await bookByVoice();
  const row = page.getByRole('row', { name: /Living Room Fire TV/ });
  await expect(row).toBeVisible(); // no reload: the page polls
  await expect(row).toContainText('Customer:'); // the customer's clock beside the agent's
  await expect(row).toContainText(/PST|PDT/);
  await expect(page.getByRole('status')).toContainText('2 open, 1 overdue');
  await readmeScreenshot(page, 'console-queue.png');

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Living Room Fire TV: buffering');
  await expect(page.getByText('Fire TV Stick 4K Max', { exact: true })).toBeVisible();
  await expect(page.getByText(/software update pending; remote battery low/).first()).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Does it buffer in every app' })).toContainText('Customer: no');
  await expect(page.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText('BUFFERING', { exact: true })).toBeVisible();
  await expect(page.getByText('lagging', { exact: true })).toBeVisible(); // the customer's own words
  await expect(page.getByText('A call back: asked for a person')).toBeVisible();
  await expect(page.getByText('Ending in 0142 (claim it to see the full number)')).toBeVisible();
  await expect(page.getByRole('link', { name: /2065550142/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Claim' }).click();
  await expect(page.getByRole('status')).toContainText('Claimed: it is yours');
  await expect(page.getByRole('link', { name: '+1 2065550142' })).toHaveAttribute('href', 'tel:+12065550142');
  await readmeScreenshot(page, 'console-contact.png', true);

  await page.getByLabel('No answer').check();
  await page.getByLabel('Note').fill('rang out, left no message');
  await page.getByRole('button', { name: 'Record outcome' }).click();
  await expect(page.getByRole('status')).toContainText(/Back in the queue for .+ after 1 unanswered call/);
  await expect(page.getByText('rang out, left no message')).toBeVisible();
  await expect(page.getByRole('link', { name: '+1 2065550142' })).toHaveCount(0); // not claimed any more
  await page.getByRole('link', { name: 'Back to the queue' }).click();
  await expect(page.getByRole('row', { name: /Living Room Fire TV/ })).toContainText('1 unanswered');
});

test('another team sees neither the callback in its queue nor its page', async ({ page }) => {
  const [fireTv] = await desk.contacts.queue('FIRE_TV');
  await signIn(page, 'ECHO', 'eve');
  await expect(page.getByRole('heading', { name: 'Queue' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Fire TV');
  await page.goto(`${desk.url}/console/#/contacts/${fireTv.id}`);
  await expect(page.getByRole('alert')).toContainText('no such request in your queue');
  await expect(page.getByRole('main')).not.toContainText('0142');
});

test('sign-in refuses a wrong token and another team token; sign-out forgets the token', async ({ page }) => {
  await signIn(page, 'ECHO', 'eve', 'not-a-token-at-all-0123456789');
  await expect(page.getByRole('alert')).toContainText('not a team token');
  await signIn(page, 'ECHO', 'eve', TOKENS.FIRE_TV);
  await expect(page.getByRole('alert')).toContainText("another team's queue");
  await signIn(page, 'ECHO', 'eve');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Team console sign-in' })).toBeVisible();
  expect(await page.evaluate('JSON.stringify(sessionStorage)')).not.toContain(TOKENS.ECHO);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Team console sign-in' })).toBeVisible();
});

test('customer and agent text shows as text, never as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => ((dialogs += 1), dialog.dismiss()));
  const booked = await seed({ userId: 'amzn1.ask.account.XSS', handoff: { ...callback().handoff, device: { family: 'ECHO', name: XSS, status: XSS } }, note: XSS });
  await signIn(page, 'ECHO', 'eve');
  await expect(page.getByRole('link', { name: XSS })).toBeVisible();
  await page.getByRole('link', { name: XSS }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(XSS);
  await expect(page.getByText(XSS)).toHaveCount(5); // heading, summary, name, status, note
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(booked.handoff.device?.name).toBe(XSS);
});

test('an agent works a callback with the keyboard alone, and a colleague who was quicker is explained', async ({ page, browser }) => {
  await seed({ userId: 'amzn1.ask.account.KEYS', scheduledFor: new Date(Date.now() + 60 * 60_000).toISOString(), handoff: { ...callback().handoff, device: { family: 'ECHO', name: 'Hallway Echo Show', status: 'offline' } } });
  await page.goto(`${desk.url}/console/`);
  await page.keyboard.press('Tab'); // the team
  await page.keyboard.press('ArrowDown'); // Fire TV...
  await page.keyboard.press('ArrowUp'); // ...and back to Echo
  await page.keyboard.press('Tab');
  await page.keyboard.type('kim');
  await page.keyboard.press('Tab');
  await page.keyboard.type(TOKENS.ECHO);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Queue' })).toBeFocused();
  const link = page.getByRole('link', { name: /Hallway Echo Show/ });
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const claim = page.getByRole('button', { name: 'Claim' });
  for (let i = 0; i < 6 && !(await claim.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(claim).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: '+1 2065550142' })).toBeVisible();
  // The outcome: Reschedule into a free slot of the team, chosen by keyboard.
  await page.getByLabel('Resolved').focus();
  await page.keyboard.press('ArrowRight'); // No answer
  await page.keyboard.press('ArrowRight'); // Reschedule
  await expect(page.getByLabel('Reschedule')).toBeChecked();
  await expect(page.getByLabel('New time (a free slot of the team)')).toBeVisible(); // the team's free slots, loaded
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('New time (a free slot of the team)')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('customer asked for later');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Back in the queue for');

  // Someone else claims it while this page still offers the claim.
  const other = await browser.newPage();
  await signIn(other, 'ECHO', 'lee');
  await other.getByRole('link', { name: /Hallway Echo Show/ }).click();
  await other.getByRole('button', { name: 'Claim' }).click();
  await expect(other.getByRole('link', { name: '+1 2065550142' })).toBeVisible();
  await page.getByRole('button', { name: 'Claim' }).click();
  await expect(page.getByRole('alert')).toContainText('lee claimed it first');
  await expect(page.getByText('Claimed by lee')).toBeVisible();
  await expect(page.getByRole('link', { name: '+1 2065550142' })).toHaveCount(0);
  await other.close();
});

for (const width of [1280, 768]) {
  test(`the queue and a claimed contact have no serious accessibility problems and fit ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await signIn(page, 'FIRE_TV', 'ana');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    await page.getByRole('row', { name: /Bedroom Fire TV Cube/ }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bedroom Fire TV Cube');
    const claim = page.getByRole('button', { name: 'Claim' });
    if (await claim.isVisible()) await claim.click(); // claimed by ana already at the second width
    await expect(page.getByRole('button', { name: 'Record outcome' })).toBeVisible();
    await page.getByLabel('Reschedule').check();
    await expect(page.getByLabel('New time (a free slot of the team)')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  });
}
