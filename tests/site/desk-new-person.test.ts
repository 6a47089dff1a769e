import { describe, expect, it } from "vitest";
import { jsonOf } from "../api/support/api.js";
import { createEditor, signedIn } from "./support/desk.js";
import { editorOf } from "./support/editor.js";
import { siteAndBrowser } from "./support/site-and-browser.js";

describe("a person not stored yet, added while editing a proposal (sqlite)", () => {
	const running = siteAndBrowser({ kind: "sqlite" });

	it.each([
		{ javaScript: true, given: "Oriana", family: "Vellacott" },
		{ javaScript: false, given: "Teodor", family: "Quennell" },
	])(
		"is stored as a diplomat and joins the confirmed meeting (JavaScript $javaScript)",
		async (person) => {
			const { site, browser } = running;
			const writer = await editorOf(site);
			const { body: proposal } = await writer.createMeeting({
				participants: [
					{ kind: "diplomat", diplomatId: "motegi-toshimitsu" },
					{ kind: "diplomat", diplomatId: "joe-biden" },
				],
				date: { year: 2021, month: 4, day: 17, precision: "day" },
				format: "in_person",
				review: "proposed",
			});
			const editor = await createEditor(site);
			const { context, page } = await signedIn(browser, site, editor, { javaScript: person.javaScript });
			await page.goto(`/desk/meetings/${proposal.id}`);
			await page.getByLabel("Given name").fill(person.given);
			await page.getByLabel("Family name").fill(person.family);
			await page.getByLabel("Their country code").fill("mt");
			await page.getByLabel(/Office held/).fill("Special Envoy for the Sea");
			await page.getByLabel("Kind of office").selectOption("envoy");
			await page.getByLabel("In office since").fill("2020-01-06");
			await Promise.all([
				page.waitForURL("**/desk?done=edited"),
				page.getByRole("button", { name: "Save" }).click(),
			]);
			const card = page.locator(`article.proposal[data-proposal="${proposal.id}"]`);
			await Promise.all([
				page.waitForURL("**/desk?done=confirmed"),
				card.getByRole("button", { name: "Confirm" }).click(),
			]);

			const found = await jsonOf(await site.api.fetch(`/v1/diplomats?q=${person.family}&limit=5`));
			expect(found.items).toHaveLength(1);
			const [stored] = found.items;
			expect(stored.name).toMatchObject({ given: person.given, family: person.family, order: "given-first" });
			expect(stored.country).toBe("MT");
			expect(stored.offices).toEqual([
				{ title: "Special Envoy for the Sea", kind: "envoy", country: "MT", start: "2020-01-06" },
			]);
			const meeting = await jsonOf(await site.api.fetch(`/v1/meetings/${proposal.id}`));
			expect(meeting.review).toBe("confirmed");
			expect(meeting.participants.map((party: { diplomatId?: string }) => party.diplomatId)).toEqual([
				"motegi-toshimitsu",
				"joe-biden",
				stored.id,
			]);
			await context.close();
		},
		120_000,
	);
});
