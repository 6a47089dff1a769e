import { describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { DATABASES } from "../api/support/databases.js";
import { visibleText } from "./support/browser.js";
import { createEditor, decision, signedIn } from "./support/desk.js";
import { editorOf } from "./support/editor.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

describe.each(DATABASES)("two editors at the desk (%s)", (kind) => {
	const running = siteAndBrowser({ kind });

	it("the second editor to save an article sees both versions and reapplies their change over the first's", async () => {
		const { site, browser } = running;
		const writer = await editorOf(site);
		const { body: draft } = await writer.createArticle({
			headline: "Harbour fees rise at three island ports",
			section: "japan",
			publishedAt: "2025-03-15T09:00:00+01:00",
			zone: "Europe/Malta",
			body: [{ type: "paragraph", text: "A draft written for the two-editor test of the desk." }],
		});
		const [first, second] = await Promise.all([
			createEditor(site, { name: "Ines First" }),
			createEditor(site, { name: "Otto Second" }),
		]);
		const a = await signedIn(browser, site, first);
		const b = await signedIn(browser, site, second);
		const path = `/desk/articles/${draft.slug}`;
		await Promise.all([a.page.goto(path), b.page.goto(path)]);

		await a.page.getByLabel("Headline").fill("Harbour fees rise at four island ports");
		await Promise.all([
			a.page.waitForURL("**?done=edited"),
			a.page.getByRole("button", { name: "Save", exact: true }).click(),
		]);

		await b.page
			.getByLabel("Standfirst")
			.fill("Ferry operators say the rise will reach ticket prices by summer.");
		const [refused] = await Promise.all([
			b.page.waitForResponse((response) => response.request().method() === "POST"),
			b.page.getByRole("button", { name: "Save", exact: true }).click(),
		]);
		expect(refused.status()).toBe(412);
		const conflict = await visibleText(b.page.locator(".conflict"));
		expect(conflict).toContain("Someone else saved this article");
		expect(conflict).toContain("Harbour fees rise at four island ports");
		expect(conflict).toContain("Ferry operators say the rise will reach ticket prices by summer.");
		expect(await b.page.getByLabel("Headline").inputValue()).toBe("Harbour fees rise at four island ports");

		await Promise.all([
			b.page.waitForURL("**?done=edited"),
			b.page.getByRole("button", { name: "Reapply my change" }).click(),
		]);
		const { authorization } = await site.api.key(["write"]);
		const saved = await jsonOf(
			await site.api.fetch(`/v1/articles/${draft.slug}`, { headers: { authorization } }),
		);
		expect(saved.headline).toBe("Harbour fees rise at four island ports");
		expect(saved.standfirst).toBe("Ferry operators say the rise will reach ticket prices by summer.");
		const history = await visibleText(b.page.locator(".history"));
		expect(history).toMatch(decision("Ines First", "edit"));
		expect(history).toMatch(decision("Otto Second", "edit"));
		await a.context.close();
		await b.context.close();
	}, 120_000);
});
