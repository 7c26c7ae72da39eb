import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { admin, expectDevSignInPage, openSignedIn } from './auth';

// Setting up the organisation in the browser: an admin adds a team, a
// vendor and a service owned by the team, and makes a newcomer an analyst.
// Names carry a stamp unique to this run, so the shared demo database never
// clashes; the newcomer is created for the test, so no demo person's role changes.

const stamp = Date.now().toString(36);
const newcomer = `Noor Newcomer ${stamp}`;
const team = `Checkout ${stamp}`;
const renamed = `Payments ${stamp}`;
const vendor = `Stripe ${stamp}`;
const service = `card-payments-${stamp}`;

/** newcomerIn opens a browser of its own and signs in as a member the development sign-in creates. */
async function newcomerIn(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await expectDevSignInPage(page);
  const create = page.getByRole('region', { name: 'Create a person' });
  await create.getByRole('textbox', { name: 'Name' }).fill(newcomer);
  await create.getByRole('textbox', { name: 'Email' }).fill(`noor.${stamp}@example.com`);
  await create.getByRole('combobox', { name: 'Role' }).selectOption('MEMBER');
  await create.getByRole('button', { name: 'Create and sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toContainText(newcomer);
  return page;
}

/** pick chooses an option of a Mantine select by its label, typing first when it searches on the server. */
async function pick(page: Page, scope: Locator, label: string, option: string, type = false) {
  const box = scope.getByRole('combobox', { name: label });
  if (type) await box.fill(option);
  else await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an admin sets up a team, a vendor and a service, and makes a member an analyst', async ({ page, browser }) => {
  // A member is told the admin pages are for admins.
  const member = await newcomerIn(browser, '/admin/people');
  await expect(member.getByRole('heading', { name: 'Admins only' })).toBeVisible();

  await openSignedIn(page, '/admin/org', admin);
  await expect(page.getByRole('heading', { name: 'Services, teams and vendors', level: 1 })).toBeVisible();

  // A team, then renamed.
  const teamForm = page.getByRole('form', { name: 'Add a team' });
  await teamForm.getByRole('textbox', { name: 'Team name' }).fill(team);
  await teamForm.getByRole('textbox', { name: 'Chat channel' }).fill('#checkout-oncall');
  await teamForm.getByRole('button', { name: 'Add team' }).click();
  const teamRows = page.getByRole('table', { name: 'Teams' }).getByTestId('team-row');
  await expect(teamRows.filter({ hasText: team })).toContainText('#checkout-oncall');
  await page.getByRole('button', { name: `Rename ${team}` }).click();
  const rename = page.getByRole('form', { name: `Rename team ${team}` });
  await rename.getByRole('textbox', { name: 'Name' }).fill(renamed);
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(teamRows.filter({ hasText: renamed })).toHaveCount(1);
  await expect(teamRows.filter({ hasText: team })).toHaveCount(0);

  // A vendor, once.
  const vendorForm = page.getByRole('form', { name: 'Add a vendor' });
  await vendorForm.getByRole('textbox', { name: 'Vendor name' }).fill(vendor);
  await vendorForm.getByRole('textbox', { name: 'Website' }).fill('https://stripe.com');
  await vendorForm.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('table', { name: 'Vendors' }).getByTestId('vendor-row').filter({ hasText: vendor })).toHaveCount(1);
  // A second by the same name is refused, in the form.
  await vendorForm.getByRole('textbox', { name: 'Vendor name' }).fill(vendor);
  await vendorForm.getByRole('button', { name: 'Add vendor' }).click();
  await expect(vendorForm.getByRole('alert')).toContainText('already exists');

  // A vendor dependency owned by the team, from the vendor.
  const serviceForm = page.getByRole('form', { name: 'Add a service' });
  await serviceForm.getByRole('textbox', { name: 'Name' }).fill(service);
  await pick(page, serviceForm, 'Kind', 'Vendor dependency');
  await pick(page, serviceForm, 'Owning team', renamed, true);
  await pick(page, serviceForm, 'Vendor', vendor, true);
  await serviceForm.getByRole('button', { name: 'Add service' }).click();
  await expect(serviceForm.getByRole('status')).toContainText(`Added ${service}`);
  await expect(teamRows.filter({ hasText: renamed }).getByRole('cell').nth(3)).toHaveText('1');
  await expect(page.getByRole('table', { name: 'Vendors' }).getByTestId('vendor-row').filter({ hasText: vendor }).getByRole('cell').nth(2)).toHaveText('1');

  // The directory lists it with its owning team.
  await serviceForm.getByRole('link', { name: 'directory' }).click();
  const serviceRow = page.getByTestId('directory-service').filter({ hasText: service });
  await expect(serviceRow).toContainText(renamed);

  // The member cannot change who answers for services yet.
  await member.goto(`/directory?q=${encodeURIComponent(service)}`);
  await expect(member.getByTestId('directory-service').filter({ hasText: service })).toBeVisible();
  await expect(member.getByRole('button', { name: `Edit ${service}` })).toHaveCount(0);

  // The admin finds the newcomer by name and makes them an analyst.
  await page.goto('/admin/people');
  await page.getByRole('searchbox', { name: 'Search' }).fill(newcomer);
  const row = page.getByTestId('person-row').filter({ hasText: newcomer });
  await expect(page.getByTestId('person-row')).toHaveCount(1);
  await expect(row).toContainText(`noor.${stamp}@example.com`);
  await pick(page, row, `Role of ${newcomer}`, 'Analyst');
  await expect(row.getByRole('combobox', { name: `Role of ${newcomer}` })).toHaveValue('Analyst');
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search' }).fill(newcomer);
  await expect(page.getByTestId('person-row').filter({ hasText: newcomer }).getByRole('combobox')).toHaveValue('Analyst');

  // Now an analyst, the newcomer may curate the service.
  await member.reload();
  await expect(member.getByRole('button', { name: `Edit ${service}` })).toBeVisible();
  await member.context().close();
});
