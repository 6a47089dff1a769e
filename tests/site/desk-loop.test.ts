import { describe, expect, it } from "vitest";
import { DATABASES } from "../api/support/databases.js";
import { visibleText } from "./support/browser.js";
import { createEditor, decision, fixturePage, proposalCard, signedIn } from "./support/desk.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

const HEADLINE = "Coastal states trade fishing and port pledges on the fringes of the Valletta ocean forum";
const CONFIRM = [
	"Inês Carvalhal and Youssef Bennani",
	"Inês Carvalhal and Nikos Arvanitis",
	"Nikos Arvanitis and Elena Charalambous",
];
const EDIT = "Karl Azzopardi and Lucía Ordóñez";
const REJECT = "Youssef Bennani and Salma Ben Youssef";
const REASON = "The call planned an exercise; the text reports no talks held";

describe.each(DATABASES)("the whole loop at the desk (%s)", (kind) => {
	const running = siteAndBrowser({ kind });

	it("signs in, imports a page, reviews its five proposals, publishes, and readers see it within a minute", async () => {
		const { site, browser } = running;
		const editor = await createEditor(site, { name: "Marta Desk" });
		const started = Date.now();
		let steps = 0;
		const step = async <T>(action: Promise<T>) => {
			steps += 1;
			return action;
		};

		// Sign in (3 steps: email, password, button).
		const { context, page } = await signedIn(browser, site, editor);
		steps += 3;
		expect(await visibleText(page.getByRole("heading", { level: 1 }))).toBe("Review queue");

		// Import the page by pasting it.
		await step(page.getByRole("link", { name: "Import" }).click());
		await step(page.getByLabel(/Paste a page/).fill(fixturePage("valletta-forum.txt")));
		await step(page.getByRole("button", { name: "Import" }).click());
		await page.waitForSelector("#results-title");
		const stored = page.locator(".outcome-stored");
		expect(await stored.count()).toBe(1);
		expect(await visibleText(stored)).toContain(HEADLINE);
		expect(await visibleText(stored)).toContain("5 proposed meetings");

		await step(page.getByRole("link", { name: "Review the proposals" }).click());
		const idOf = async (title: string) =>
			(await proposalCard(page, title).getAttribute("data-proposal")) ?? "";
		const ids = {
			edited: await idOf(EDIT),
			rejected: await idOf(REJECT),
			confirmed: await idOf(CONFIRM[0] ?? ""),
		};
		for (const title of CONFIRM) {
			await step(proposalCard(page, title).getByRole("button", { name: "Confirm" }).click());
			await page.waitForURL("**/desk?done=confirmed");
		}
		expect(await visibleText(page.getByRole("status"))).toContain("Confirmed");

		// Edit one: a venue and an approximate duration, then confirm it.
		await step(proposalCard(page, EDIT).getByRole("link", { name: "Edit" }).click());
		await step(page.getByLabel("Venue").fill("Auberge de Castille"));
		await step(page.getByLabel("Duration in minutes").fill("45"));
		await step(page.getByLabel("Approximate").check());
		await step(page.getByRole("button", { name: "Save" }).click());
		await page.waitForURL("**/desk?done=edited");
		await step(proposalCard(page, EDIT).getByRole("button", { name: "Confirm" }).click());
		await page.waitForURL("**/desk?done=confirmed");

		// Reject one with a reason.
		const rejected = proposalCard(page, REJECT);
		await step(rejected.getByLabel("Reason for rejecting").fill(REASON));
		await step(rejected.getByRole("button", { name: "Reject" }).click());
		await page.waitForURL("**/desk?done=rejected");
		expect(await page.locator("article.proposal h2").allInnerTexts()).not.toContain(REJECT);

		// Publish the article, found among the drafts.
		await step(page.getByRole("link", { name: "Articles" }).click());
		await step(page.getByRole("link", { name: HEADLINE }).click());
		const slug = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");
		await step(page.getByRole("button", { name: "Save and publish" }).click());
		await page.waitForURL("**?done=published");
		const desked = (Date.now() - started) / 1000;

		// The reader's site shows the article and its four confirmed meetings within a minute.
		const reader = await browser.newContext({ baseURL: site.url, javaScriptEnabled: false });
		const readerPage = await reader.newPage();
		const published = Date.now();
		let visible = false;
		while (!visible && Date.now() - published < 60_000) {
			const response = await readerPage.goto(`/articles/${slug}`);
			visible = response?.status() === 200;
			if (!visible) await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(visible).toBe(true);
		const seenAfter = (Date.now() - published) / 1000;
		const meetings = readerPage
			.locator("section", { hasText: "Meetings in this story" })
			.locator("article.card");
		const cards = (await meetings.allInnerTexts()).join("\n");
		expect(await meetings.count()).toBe(4);
		for (const name of [
			"Inês Carvalhal",
			"Nikos Arvanitis",
			"Elena Charalambous",
			"Karl Azzopardi",
			"Lucía Ordóñez",
		])
			expect(cards).toContain(name);
		expect(cards).toContain("about 45 minutes");
		expect(cards).not.toContain("Salma Ben Youssef");

		// The history shows each decision with its author.
		await page.reload();
		const articleHistory = await visibleText(page.locator(".history"));
		expect(articleHistory).toMatch(decision("Marta Desk", "publish"));
		const historyOf = async (id: string) => {
			await page.goto(`/desk/meetings/${id}`);
			return visibleText(page.locator(".history"));
		};
		expect(await historyOf(ids.confirmed)).toMatch(decision("Marta Desk", "confirm"));
		expect(await historyOf(ids.rejected)).toMatch(decision("Marta Desk", "reject", REASON));
		const edited = await historyOf(ids.edited);
		expect(edited).toMatch(decision("Marta Desk", "edit"));
		expect(edited).toMatch(decision("Marta Desk", "confirm"));
		await context.close();
		await reader.close();

		console.log(
			`desk loop (${kind}): ${steps} steps, ${desked.toFixed(1)} s from sign-in to publish, ` +
				`visible to readers ${seenAfter.toFixed(1)} s after publishing`,
		);
	}, 240_000);
});
