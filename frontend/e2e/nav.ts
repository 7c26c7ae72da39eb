import { expect, type Page } from '@playwright/test';

/**
 * The header's links, in their order. Those that do not fit the header's
 * width sit in its "More" menu (see Layout.tsx), so which ones are links and
 * which are menu items depends on the window, the role and the name shown.
 */
export const headerLinks = ['Incidents', 'Actions', 'Follow-through', 'Insights', 'Reports', 'Directory', 'Import', 'Admin'];

/** inHeaderRow tells whether the link with this name is shown in the header's row itself. */
async function inHeaderRow(page: Page, name: string): Promise<boolean> {
  const nav = page.getByRole('banner').getByRole('navigation', { name: 'Main' });
  // The row is ready once the links that fit are known: the first link is always one of them.
  await expect(nav.getByRole('link').first()).toBeVisible();
  const link = nav.getByRole('link', { name, exact: true });
  if ((await link.count()) === 0) return false;
  // While the row measures itself, links that will not fit wrap onto rows the header hides.
  const [box, row] = await Promise.all([link.boundingBox(), nav.boundingBox()]);
  return !!box && !!row && box.y >= row.y && box.y + box.height <= row.y + row.height + 1;
}

/**
 * openFromHeader goes to a page through the header: its link when the
 * header has room for it, otherwise the item in the "More" menu.
 */
export async function openFromHeader(page: Page, name: string) {
  if (await inHeaderRow(page, name)) {
    await page.getByRole('banner').getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    return;
  }
  await page.getByRole('banner').getByRole('button', { name: 'More' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
}
