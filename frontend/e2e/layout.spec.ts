import { expect, test, type Page } from '@playwright/test';
import { admin, analyst, openSignedIn } from './auth';
import { headerLinks, openFromHeader } from './nav';

/** Where each header link leads. */
const paths: Record<string, RegExp> = {
  Incidents: /\/incidents$/,
  Actions: /\/actions$/,
  'Follow-through': /\/follow-through$/,
  Insights: /\/insights$/,
  Reports: /\/reports$/,
  Directory: /\/directory$/,
  Import: /\/import$/,
  Admin: /\/admin\/taxonomy$/,
};

/** pageScrollsSideways tells whether the page itself, rather than something in it, is wider than the window. */
function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth > root.clientWidth;
  });
}

/** expectOneRow checks that the header's links and its "More" button sit side by side in one row. */
async function expectOneRow(page: Page) {
  const nav = page.getByRole('banner').getByRole('navigation', { name: 'Main' });
  const more = nav.getByRole('button', { name: 'More' });
  await expect(more).toBeVisible();
  const [row, moreBox] = await Promise.all([nav.boundingBox(), more.boundingBox()]);
  expect(moreBox!.y, '"More" on the first row').toBeLessThanOrEqual(row!.y + 1);
  for (const link of await nav.getByRole('link').all()) {
    const box = await link.boundingBox();
    expect(box!.y, `${await link.textContent()} beside "More"`).toBeCloseTo(moreBox!.y, 0);
  }
}

test('at laptop width an admin reaches every page from the header, the rarer ones through "More"', async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 900 });
  await openSignedIn(page, '/incidents', admin);
  const banner = page.getByRole('banner');
  // What must never be pushed out of the header.
  await expect(banner.getByRole('button', { name: 'Who do I call?' })).toBeVisible();
  await expect(banner.getByRole('link', { name: /^Inbox, / })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await expectOneRow(page);
  for (const name of headerLinks) {
    await openFromHeader(page, name);
    await expect(page, `${name} opens its page`).toHaveURL(paths[name]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // The admin pages are a "More" item here; the button says the current page is behind it.
  await expect(banner.getByRole('button', { name: 'More' })).toHaveAttribute('data-active', 'true');
  await page.screenshot({ path: 'test-results/layout-header-1360.png' });
  expect(await pageScrollsSideways(page)).toBe(false);
});

test('at the narrowest laptop width every link is still reachable', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openSignedIn(page, '/incidents', admin);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Who do I call?' })).toBeVisible();
  for (const name of ['Directory', 'Admin', 'Actions']) {
    await openFromHeader(page, name);
    await expect(page).toHaveURL(paths[name]);
  }
  await expectOneRow(page);
  await page.screenshot({ path: 'test-results/layout-header-1024.png' });
  expect(await pageScrollsSideways(page)).toBe(false);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the burger opens a menu with every link and who to call', async ({ page }) => {
    await openSignedIn(page, '/incidents', analyst);
    // The header row holds no links on a phone: the burger does.
    await expect(page.getByRole('banner').getByRole('navigation', { name: 'Main' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await expect(menu).toBeVisible();
    for (const name of ['Incidents', 'Actions', 'Follow-through', 'Insights', 'Reports', 'Directory', 'Import']) {
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(menu.getByRole('link', { name: 'Admin', exact: true }), 'an analyst is not an admin').toHaveCount(0);
    await expect(menu.getByTestId('signed-in-user')).toHaveCount(0);
    await expect(menu).toContainText(analyst);
    await page.screenshot({ path: 'test-results/layout-phone-menu.png' });

    await menu.getByRole('link', { name: 'Actions', exact: true }).click();
    await expect(page).toHaveURL(/\/actions$/);
    await expect(menu).toBeHidden();

    // Who to call, whose header button has no room on a phone, is in the menu too.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Who do I call?' }).click();
    const who = page.getByRole('dialog', { name: 'Who do I call?' });
    await expect(who).toBeVisible();
    await expect(who.getByRole('combobox', { name: 'Service, skill, team or name' })).toBeFocused();
  });

  test('an incident board does not scroll sideways, and its section links do not follow the reader', async ({ page }) => {
    await openSignedIn(page, '/incidents', analyst);
    const first = page.getByTestId('incident-row').first().getByRole('link').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const participation = page.getByRole('table', { name: 'Contributions by person' });
    await expect(participation).toBeAttached();
    await participation.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/layout-phone-board.png' });
    expect(await pageScrollsSideways(page)).toBe(false);

    // Far down the board the section links have scrolled away with the top of it.
    const sections = page.getByRole('navigation', { name: 'Sections of this incident' });
    const box = await sections.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(0);
  });

  test('the admin tables scroll inside themselves, not the page', async ({ page }) => {
    await openSignedIn(page, '/admin/taxonomy', admin);
    await expect(page.getByRole('table', { name: 'Categories' })).toBeVisible();
    expect(await pageScrollsSideways(page)).toBe(false);
    await page.goto('/admin/comms');
    await expect(page.getByRole('table', { name: 'Message templates' })).toBeVisible();
    expect(await pageScrollsSideways(page)).toBe(false);
  });
});
