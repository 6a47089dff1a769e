import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, problemOf, sender, startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { signedIn } from "./support/desk.js";
import { newArticle } from "./support/records.js";

describe.each(DATABASES)("merging duplicate diplomats on %s", (kind) => {
	let api: TestApi;
	let send: ReturnType<typeof sender>;
	beforeAll(async () => {
		api = await startApi(kind);
		const editor = await signedIn(api, "editor");
		send = sender(
			() => api,
			() => editor.authorization,
		);
	});
	afterAll(async () => {
		expect(api.logged).toEqual([]);
		await api.close();
	});

	const meetingOf = async (a: string, b: string, day: number) =>
		jsonOf(
			await send("POST", "/v1/meetings", {
				participants: [
					{ kind: "diplomat", diplomatId: a },
					{ kind: "diplomat", diplomatId: b },
				],
				date: { year: 2022, month: 3, day, precision: "day" },
				format: "in_person",
				review: "confirmed",
			}),
		);

	it("moves meetings, counterparts and mentions to the survivor; the duplicate's id answers 404", async () => {
		const survivor = await jsonOf(
			await send("POST", "/v1/diplomats", {
				id: "rasa-vaitkute",
				name: { given: "Rasa", family: "Vaitkute", order: "given-first" },
				country: "LT",
			}),
		);
		const duplicate = await jsonOf(
			await send("POST", "/v1/diplomats", {
				id: "rasa-vaitkute-2",
				name: { given: "Rasa", family: "Vaitkutė", order: "given-first", native: "Rasa Vaitkutė" },
				country: "LT",
			}),
		);
		const withItaly = await meetingOf(survivor.id, "luigi-di-maio", 3);
		const withBritain = await meetingOf(duplicate.id, "dominic-raab", 4);
		const article = await jsonOf(
			await send(
				"POST",
				"/v1/articles",
				newArticle({ mentions: { diplomats: [duplicate.id], meetings: [] } }),
			),
		);
		// Search as you type finds both records by a prefix.
		const typed = await jsonOf(await send("GET", "/v1/diplomats?q=vaitk"));
		expect(typed.items.map((item: { id: string }) => item.id).sort()).toEqual([survivor.id, duplicate.id]);

		const stale = await send(
			"POST",
			`/v1/diplomats/${duplicate.id}/merge`,
			{ into: survivor.id },
			{ "if-match": `"${duplicate.id}:v7"` },
		);
		expect(stale.status).toBe(412);
		for (const [into, pointer] of [
			[duplicate.id, "#/into"],
			["nobody-at-all", "#/into"],
		]) {
			const refused = await problemOf(await send("POST", `/v1/diplomats/${duplicate.id}/merge`, { into }));
			expect([refused.status, refused.errors.map((error) => error.pointer)]).toEqual([422, [pointer]]);
		}
		expect((await send("GET", `/v1/meetings/${withBritain.id}`)).status).toBe(200);
		expect(
			(await jsonOf(await send("GET", `/v1/meetings/${withBritain.id}`))).participants[0].diplomatId,
		).toBe(duplicate.id);

		const merged = await send(
			"POST",
			`/v1/diplomats/${duplicate.id}/merge`,
			{ into: survivor.id, intoVersion: 1 },
			{ "if-match": `"${duplicate.id}:v1"` },
		);
		expect(merged.status).toBe(200);
		const record = await jsonOf(merged);
		expect(record).toMatchObject({
			id: survivor.id,
			version: 2,
			name: { family: "Vaitkute", native: "Rasa Vaitkutė", aliases: ["Rasa Vaitkutė"] },
		});
		expect((await send("GET", `/v1/diplomats/${duplicate.id}`)).status).toBe(404);
		const moved = await jsonOf(await send("GET", `/v1/meetings/${withBritain.id}`));
		expect(moved.participants.map((party: { diplomatId: string }) => party.diplomatId).sort()).toEqual(
			["dominic-raab", survivor.id].sort(),
		);
		const counterparts = await jsonOf(await send("GET", `/v1/diplomats/${survivor.id}/counterparts`));
		expect(counterparts.items.map((item: { counterpart: string }) => item.counterpart).sort()).toEqual([
			"dominic-raab",
			"luigi-di-maio",
		]);
		const raab = await jsonOf(await api.fetch("/v1/diplomats/dominic-raab/counterparts"));
		expect(raab.items.map((item: { counterpart: string }) => item.counterpart)).toContain(survivor.id);
		expect(raab.items.map((item: { counterpart: string }) => item.counterpart)).not.toContain(duplicate.id);
		const mentioned = await jsonOf(await send("GET", `/v1/articles/${article.slug}`));
		expect(mentioned.mentions.diplomats).toEqual([survivor.id]);
		expect((await jsonOf(await send("GET", `/v1/meetings/${withItaly.id}`))).version).toBe(1);

		const trail = (await jsonOf(await send("GET", `/v1/history?subject=diplomat:${survivor.id}`))).items;
		expect(trail.map((event: { action: string; reason: string }) => [event.action, event.reason])).toEqual([
			["diplomat-merge", `${duplicate.id} merged into this record`],
		]);
	});

	it("refuses to merge two records that met each other, changing nothing", async () => {
		const one = await jsonOf(
			await send("POST", "/v1/diplomats", {
				name: { given: "Oskar", family: "Lind", order: "given-first" },
				country: "SE",
			}),
		);
		const two = await jsonOf(
			await send("POST", "/v1/diplomats", {
				name: { given: "Oskar", family: "Lindh", order: "given-first" },
				country: "SE",
			}),
		);
		const together = await meetingOf(one.id, two.id, 9);
		const refused = await send("POST", `/v1/diplomats/${two.id}/merge`, { into: one.id });
		expect((await problemOf(refused)).status).toBe(409);
		expect((await send("GET", `/v1/diplomats/${two.id}`)).status).toBe(200);
		expect((await jsonOf(await send("GET", `/v1/meetings/${together.id}`))).version).toBe(1);
	});
});
