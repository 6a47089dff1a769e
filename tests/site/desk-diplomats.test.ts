import { describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { DATABASES } from "../api/support/databases.js";
import { visibleText } from "./support/browser.js";
import { createEditor, decision, signedIn } from "./support/desk.js";
import { editorOf } from "./support/editor.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

describe.each(DATABASES)("duplicate diplomats merged at the desk (%s)", (kind) => {
	const running = siteAndBrowser({ kind });

	it("merging a diplomat stored twice moves their meetings, and their counterparts follow", async () => {
		const { site, browser } = running;
		const writer = await editorOf(site);
		const send = async (path: string, body: unknown) => {
			const { authorization } = await site.api.key(["write"]);
			const response = await site.api.fetch(path, {
				method: "POST",
				headers: { authorization, "content-type": "application/json" },
				body: JSON.stringify(body),
			});
			expect(response.status, await response.clone().text()).toBeLessThan(300);
			return jsonOf(response);
		};
		const twin = await send("/v1/diplomats", {
			id: "toshimitsu-motegi-twin",
			name: { given: "Toshimitsu", family: "Motegi", order: "given-first" },
			country: "JP",
		});
		await writer.createMeeting({
			participants: [
				{ kind: "diplomat", diplomatId: twin.id },
				{ kind: "diplomat", diplomatId: "joe-biden" },
			],
			date: { year: 2021, month: 4, day: 16, precision: "day" },
			format: "in_person",
			review: "confirmed",
		});
		const counterparts = async (id: string) =>
			(await jsonOf(await site.api.fetch(`/v1/diplomats/${id}/counterparts`))).items.map(
				(item: { diplomat?: { id: string }; diplomatId?: string; id?: string }) =>
					item.diplomat?.id ?? item.diplomatId ?? item.id,
			);
		expect(await counterparts("motegi-toshimitsu")).not.toContain("joe-biden");

		const editor = await createEditor(site, { name: "Mina Merge" });
		const { context, page } = await signedIn(browser, site, editor);
		await page.goto(`/desk/diplomats/${twin.id}`);
		await page.getByLabel(/Keep this diplomat instead/).fill("motegi-toshimitsu");
		await Promise.all([
			page.waitForURL("**/desk/diplomats/motegi-toshimitsu?done=diplomats-merged"),
			page.getByRole("button", { name: "Merge into them" }).click(),
		]);
		expect(await visibleText(page.getByRole("status"))).toContain("Merged the diplomats");
		expect(await counterparts("motegi-toshimitsu")).toContain("joe-biden");
		const meetings = await jsonOf(await site.api.fetch("/v1/meetings?diplomat=motegi-toshimitsu&limit=100"));
		expect(
			meetings.items.some((meeting: { participants: { diplomatId?: string }[] }) =>
				meeting.participants.some((party) => party.diplomatId === "joe-biden"),
			),
		).toBe(true);
		const old = await site.api.fetch(`/v1/diplomats/${twin.id}`, { redirect: "manual" });
		expect([301, 308, 404]).toContain(old.status);
		expect(await visibleText(page.locator(".history"))).toMatch(decision("Mina Merge", "diplomat-merge"));
		await context.close();
	}, 120_000);
});
