import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { TestSite } from "./site.js";

/** A person with a desk account, and the password only the test knows. */
export interface Editor {
	email: string;
	name: string;
	password: string;
	role: "editor" | "admin";
}

let serial = 0;

/**
 * Creates a desk account in the site's API store (as `sidelines users create` would).
 * @example const editor = await createEditor(site, { name: "Ada Desk" });
 */
export async function createEditor(
	site: TestSite,
	options: { name?: string; role?: Editor["role"] } = {},
): Promise<Editor> {
	serial += 1;
	const editor: Editor = {
		email: `editor${serial}@desk.example`,
		name: options.name ?? `Editor ${serial}`,
		password: `a long desk passphrase ${serial}`,
		role: options.role ?? "editor",
	};
	await site.api.store.users.create({
		email: editor.email,
		name: editor.name,
		role: editor.role,
		password: editor.password,
	});
	return editor;
}

/**
 * A fresh browser context (its own cookies) signed in as `editor` through the desk's sign-in form.
 * @example const page = await signedIn(browser, site, editor);
 */
export async function signedIn(
	browser: Browser,
	site: TestSite,
	editor: Editor,
	options: { javaScript?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL: site.url,
		javaScriptEnabled: options.javaScript ?? true,
	});
	const page = await context.newPage();
	await signIn(page, editor);
	return { context, page };
}

/** Fills and sends the sign-in form, landing on the review queue. */
async function signIn(page: Page, editor: Pick<Editor, "email" | "password">): Promise<void> {
	await page.goto("/desk/sign-in");
	await page.getByLabel("Email address").fill(editor.email);
	await page.getByLabel("Password").fill(editor.password);
	await Promise.all([page.waitForURL("**/desk"), page.getByRole("button", { name: "Sign in" }).click()]);
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

/** A page the project wrote for the desk tests (invented people and events). */
export const fixturePage = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** The proposal card in the review queue whose heading names exactly these parties. */
export const proposalCard = (page: Page, title: string) =>
	page.locator("article.proposal").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A history row as the desk shows it: the editor (name, then their email), the action, and the reason when given.
 * @example expect(history).toMatch(decision("Marta Desk", "reject", "not a meeting"));
 */
export const decision = (name: string, action: string, reason?: string) =>
	new RegExp(`${escaped(name)}(?: <[^>]+>)?\\s+${escaped(action)}${reason ? `\\s+${escaped(reason)}` : ""}`);
