import { beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { visibleText } from "./support/browser.js";
import { createEditor, signedIn } from "./support/desk.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

describe("deleting from the desk", () => {
	const running = siteAndBrowser();
	let authorization: string;
	beforeAll(async () => {
		const { site } = running;
		authorization = (await site.api.key(["write"])).authorization;
	});

	const post = async (path: string, body: unknown) => {
		const response = await running.site.api.fetch(path, {
			method: "POST",
			headers: { authorization, "content-type": "application/json" },
			body: JSON.stringify(body),
		});
		expect(response.status).toBe(201);
		return jsonOf(response);
	};
	const newArticle = () =>
		post("/v1/articles", {
			headline: "A story the desk will take back",
			section: "japan",
			publishedAt: "2024-05-01T00:00:00Z",
			zone: "Asia/Tokyo",
			body: [{ type: "paragraph", text: "Written for the deletion check." }],
		});
	const newMeeting = () =>
		post("/v1/meetings", {
			participants: [
				{ kind: "delegation", country: "NO" },
				{ kind: "delegation", country: "IS" },
			],
			review: "proposed",
		});

	/** A new article and meeting, and a browser signed in as a new account with this role. */
	const recordsAndSignedIn = async (role: "admin" | "editor") => {
		const article = await newArticle();
		const meeting = await newMeeting();
		const person = await createEditor(running.site, { role });
		return { article, meeting, ...(await signedIn(running.browser, running.site, person)) };
	};

	it("lets an admin delete an article and a meeting after a confirm step", async () => {
		const { site } = running;
		const { article, meeting, context, page } = await recordsAndSignedIn("admin");
		try {
			await page.goto(`${site.url}/desk/articles/${article.slug}`);
			await page.getByRole("button", { name: "Delete this article…" }).click();
			expect(await visibleText(page.getByRole("heading", { level: 1 }))).toBe(
				'Delete the article "A story the desk will take back"?',
			);
			expect(
				(await site.api.fetch(`/v1/articles/${article.slug}`, { headers: { authorization } })).status,
			).toBe(200);
			await page.getByRole("button", { name: "Delete for good" }).click();
			await page.waitForURL(/\/desk\/articles\?done=deleted$/);
			expect(
				(await site.api.fetch(`/v1/articles/${article.slug}`, { headers: { authorization } })).status,
			).toBe(404);

			await page.goto(`${site.url}/desk/meetings/${meeting.id}`);
			await page.getByRole("button", { name: "Delete this meeting…" }).click();
			await page.getByRole("button", { name: "Delete for good" }).click();
			await page.waitForURL(/\/desk\?done=deleted$/);
			expect(
				(await site.api.fetch(`/v1/meetings/${meeting.id}`, { headers: { authorization } })).status,
			).toBe(404);
		} finally {
			await context.close();
		}
	});

	it("shows editors no delete button, and the API refuses their post with 403", async () => {
		const { site } = running;
		const { article, meeting, context, page } = await recordsAndSignedIn("editor");
		try {
			await page.goto(`${site.url}/desk/articles/${article.slug}`);
			expect(await page.getByRole("button", { name: "Delete this article…" }).count()).toBe(0);
			await page.goto(`${site.url}/desk/meetings/${meeting.id}`);
			expect(await page.getByRole("button", { name: "Delete this meeting…" }).count()).toBe(0);

			for (const path of [`/desk/delete/article/${article.slug}`, `/desk/delete/meeting/${meeting.id}`]) {
				await page.goto(`${site.url}${path}`);
				const [response] = await Promise.all([
					page.waitForResponse((answer) => answer.request().method() === "POST"),
					page.getByRole("button", { name: "Delete for good" }).click(),
				]);
				expect(response.status()).toBe(403);
			}
			expect(
				(await site.api.fetch(`/v1/articles/${article.slug}`, { headers: { authorization } })).status,
			).toBe(200);
			expect(
				(await site.api.fetch(`/v1/meetings/${meeting.id}`, { headers: { authorization } })).status,
			).toBe(200);
		} finally {
			await context.close();
		}
	});
});
