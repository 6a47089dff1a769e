// Callbacks passed to page.evaluate run in Chromium, against the DOM.
/// <reference lib="dom" />
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { visibleText } from "./support/browser.js";
import { createEditor, fixturePage, signedIn } from "./support/desk.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(HERE, "artifacts");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

describe("desk pages are accessible and keyboard-ready", () => {
	const running = siteAndBrowser();
	let page: Page;
	let pages: Record<string, string>;
	beforeAll(async () => {
		const { site, browser } = running;
		const editor = await createEditor(site, { name: "Ada Access", role: "admin" });
		({ page } = await signedIn(browser, site, editor));
		const { authorization } = await site.api.key(["write"]);
		const imported = await jsonOf(
			await site.api.fetch("/v1/import", {
				method: "POST",
				headers: { authorization, "content-type": "text/plain" },
				body: fixturePage("valletta-forum.txt"),
			}),
		);
		const proposal = imported.meetings[0].meeting.id;
		pages = {
			"review queue": "/desk",
			"meeting edit": `/desk/meetings/${proposal}`,
			"meeting merge": `/desk/meetings/${proposal}/merge`,
			"meeting split": `/desk/meetings/${proposal}/split`,
			import: "/desk/import",
			articles: "/desk/articles",
			"article edit": `/desk/articles/${imported.article.slug}`,
			diplomats: "/desk/diplomats?q=mo",
			"diplomat edit": "/desk/diplomats/motegi-toshimitsu",
			accounts: "/desk/users",
		};
		mkdirSync(ARTIFACTS, { recursive: true });
	});

	it("axe finds no WCAG 2.2 AA violation on any desk page, light or dark, nor on sign-in", async () => {
		const { site, browser } = running;
		const found: Record<string, string[]> = {};
		const check = async (name: string, target: Page) => {
			const { violations } = await new AxeBuilder({ page: target }).withTags(WCAG_22_AA).analyze();
			if (violations.length)
				found[name] = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
		};
		for (const scheme of ["light", "dark"] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			for (const [name, path] of Object.entries(pages)) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await check(`${name} (${scheme})`, page);
			}
		}
		const anonymous = await (await browser.newContext({ baseURL: site.url })).newPage();
		await anonymous.goto("/desk/sign-in");
		await check("sign-in", anonymous);
		expect(found).toEqual({});
	}, 240_000);

	it("takes a screenshot of the review queue at 1440 px", async () => {
		await page.emulateMedia({ colorScheme: "light" });
		await page.setViewportSize({ width: 1440, height: 1100 });
		await page.goto("/desk");
		const file = join(ARTIFACTS, "desk-review-queue-1440.png");
		await page.screenshot({ path: file });
		// Regenerate the README's copy with DESK_SCREENSHOT=1.
		if (process.env.DESK_SCREENSHOT)
			copyFileSync(file, join(HERE, "..", "..", "docs", "desk-review-queue-1440.png"));
		expect((await page.locator("article.proposal").count()) >= 5).toBe(true);
	});

	it("moves through the queue with j and k and confirms with c", async () => {
		await page.goto("/desk");
		const before = await page.locator("article.proposal").count();
		expect(await page.locator("#keys-help").isVisible()).toBe(true);
		await page.keyboard.press("j");
		await page.keyboard.press("j");
		await page.keyboard.press("k");
		const selected = page.locator("article.proposal.selected");
		expect(await selected.count()).toBe(1);
		const id = await selected.getAttribute("data-proposal");
		expect(id).toBe(await page.locator("article.proposal").first().getAttribute("data-proposal"));
		await Promise.all([page.waitForURL("**/desk?done=confirmed"), page.keyboard.press("c")]);
		expect(await page.locator("article.proposal").count()).toBe(before - 1);
		expect(await page.locator(`[data-proposal="${id}"]`).count()).toBe(0);
		await page.keyboard.press("j");
		await page.keyboard.press("r");
		expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("reason");
	});

	it("lands focus on what went wrong, or on the results, after a post; axe finds nothing there", async () => {
		const { site, browser } = running;
		const focused = (target = page) => target.evaluate(() => document.activeElement?.id ?? "");
		// In both colour schemes; the page is not reloaded, so the focus stays where the load put it.
		const violations = async () => {
			const found: string[] = [];
			for (const colorScheme of ["dark", "light"] as const) {
				await page.emulateMedia({ colorScheme });
				const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
				found.push(...result.violations.map((v) => `${v.id} (${colorScheme})`));
			}
			return found;
		};
		const send = async (target: Page, button: string) => {
			await Promise.all([
				target.waitForResponse((response) => response.request().method() === "POST"),
				target.getByRole("button", { name: button, exact: true }).click(),
			]);
			await target.waitForLoadState();
		};

		// The API has no meeting by that id: nothing merges, and the summary of problems has the focus.
		await page.goto(pages["meeting merge"] as string);
		await page.getByLabel("Or another meeting by id").fill("mtg-no-such-meeting");
		await send(page, "Merge");
		expect(await visibleText(page.getByRole("alert"))).toContain("Nothing was saved");
		expect(await focused()).toBe("form-problems");
		expect(await violations()).toEqual([]);

		// A tag that is no slug: the summary names the control by its label and links to it; the control
		// says it is wrong and points back at its line.
		await page.goto(pages["article edit"] as string);
		await page.getByLabel("Tags").fill("ports, not a slug!");
		await send(page, "Save");
		const tags = page.locator("#tags");
		const line = page.locator(`#${await tags.getAttribute("aria-describedby")}`);
		expect(await visibleText(line)).toMatch(/^Tags: /);
		expect(await line.getByRole("link", { name: "Tags" }).getAttribute("href")).toBe("#tags");
		expect(await tags.getAttribute("aria-invalid")).toBe("true");
		expect(await page.locator("#headline").getAttribute("aria-invalid")).toBeNull();
		expect(await focused()).toBe("form-problems");
		expect(await violations()).toEqual([]);

		// Another tab saves the article first: the conflict's heading has the focus.
		const other = await page.context().newPage();
		await Promise.all([
			page.goto(pages["article edit"] as string),
			other.goto(pages["article edit"] as string),
		]);
		await other.getByLabel("Headline").fill("Ministers at the ocean forum agree on port pledges");
		await send(other, "Save");
		await page.getByLabel("Standfirst").fill("A standfirst written in the tab that saves second.");
		await send(page, "Save");
		expect(await visibleText(page.locator("#conflict-title"))).toContain("Someone else saved this article");
		expect(await focused()).toBe("conflict-title");
		expect(await violations()).toEqual([]);
		await other.close();

		// An empty import is refused; the same page again is on file: the error, then the results, have the focus.
		await page.goto(pages.import as string);
		await send(page, "Import");
		expect(await visibleText(page.getByRole("alert"))).toContain("Paste a page's text");
		expect(await focused()).toBe("import-error");
		await page.getByLabel(/Paste a page/).fill(fixturePage("valletta-forum.txt"));
		await send(page, "Import");
		expect(await visibleText(page.locator(".results-list"))).toContain("1 already on file");
		expect(await focused()).toBe("results-title");
		expect(await violations()).toEqual([]);

		// A wrong password: the sign-in error has the focus.
		const visitor = await (await browser.newContext({ baseURL: site.url })).newPage();
		await visitor.goto("/desk/sign-in");
		await visitor.getByLabel("Email address").fill("nobody@desk.example");
		await visitor.getByLabel("Password").fill("not anyone's password");
		await send(visitor, "Sign in");
		expect(await focused(visitor)).toBe("sign-in-error");
		await visitor.context().close();
	}, 120_000);

	it("shows the house focus style on every control a keyboard reaches in the desk's forms", async () => {
		const offenders = new Set<string>();
		for (const name of ["article edit", "diplomat edit", "import"]) {
			await page.goto(pages[name] as string);
			for (let press = 0; press < 80; press++) {
				await page.keyboard.press("Tab");
				const control = await page.evaluate(() => {
					const node = document.activeElement;
					if (!node?.closest("main") || !node.matches("input, select, textarea, button")) return null;
					const style = getComputedStyle(node);
					return {
						what: `${node.tagName.toLowerCase()}#${node.id || node.getAttribute("name")}`,
						outline: `${style.outlineStyle} ${style.outlineWidth}`,
					};
				});
				if (control && control.outline !== "solid 3px")
					offenders.add(`${name}: ${control.what} ${control.outline}`);
			}
		}
		expect([...offenders]).toEqual([]);
	}, 120_000);

	it("describes each proposal's actions by its heading, so a screen reader hears whose meeting they act on", async () => {
		await page.goto("/desk");
		const headings = (await page.locator("article.proposal h2").allTextContents()).map((text) => text.trim());
		expect(headings.length).toBeGreaterThanOrEqual(3);
		// What Chromium hands to a screen reader: each control's role, name and description.
		const cdp = await page.context().newCDPSession(page);
		const { nodes } = await cdp.send("Accessibility.getFullAXTree");
		await cdp.detach();
		const descriptions = (role: string, name: string) =>
			nodes
				.filter((node) => node.role?.value === role && node.name?.value === name)
				.map((node) => node.description?.value);
		for (const [role, name] of [
			["button", "Confirm"],
			["textbox", "Reason for rejecting"],
			["button", "Reject"],
			["link", "Edit"],
			["link", "Merge"],
			["link", "Split"],
		] as const)
			expect(descriptions(role, name), `${role} "${name}"`).toEqual(headings);
	});
});
