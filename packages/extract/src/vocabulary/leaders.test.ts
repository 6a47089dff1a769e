import { IsoDay, isCountryCode, isOrganisationCode, PersonName } from "@sidelines/domain";
import { describe, expect, it } from "vitest";
import { LEADERS, OFFICE_TITLES } from "./leaders.js";
import { leaderByName, officeHolder, officesOn } from "./leaders-lookup.js";

describe("the leaders table", () => {
	it("holds valid names, codes, titles and days, each term ending after it starts", () => {
		for (const { name, terms } of LEADERS) {
			expect(PersonName.safeParse(name).success, name.family).toBe(true);
			for (const [country, office, start, end] of terms) {
				expect(isCountryCode(country) || isOrganisationCode(country), country).toBe(true);
				expect(OFFICE_TITLES[country]?.[office], `${name.family}: ${country} ${office}`).toBeTypeOf("string");
				expect(IsoDay.safeParse(start).success && (end === undefined || IsoDay.safeParse(end).success)).toBe(
					true,
				);
				expect(end === undefined || end >= start, `${name.family} ${start}`).toBe(true);
			}
		}
	});

	it("never has two holders of one office at once, except on the handover day", () => {
		const byOffice = new Map<string, { who: string; start: string; end?: string }[]>();
		for (const { name, terms } of LEADERS) {
			for (const [country, office, start, end] of terms) {
				for (const kind of office.split("+")) {
					const key = `${country} ${kind}`;
					byOffice.set(key, [
						...(byOffice.get(key) ?? []),
						{ who: name.family, start, ...(end ? { end } : {}) },
					]);
				}
			}
		}
		const clashes: string[] = [];
		for (const [key, terms] of byOffice) {
			const sorted = terms.sort((a, b) => a.start.localeCompare(b.start));
			for (let i = 1; i < sorted.length; i++) {
				const before = sorted[i - 1];
				const after = sorted[i];
				if (before && after && (before.end === undefined || before.end > after.start)) {
					clashes.push(`${key}: ${before.who} / ${after.who}`);
				}
			}
		}
		expect(clashes).toEqual([]);
	});

	it("writes Chinese, Japanese, Korean and Vietnamese names family name first", () => {
		const eastAsian = LEADERS.filter(({ terms }) =>
			terms.some(([country]) => ["CN", "JP", "KR", "VN"].includes(country)),
		);
		expect(eastAsian.length).toBeGreaterThan(40);
		expect(
			eastAsian.filter(({ name }) => name.order !== "family-first").map(({ name }) => name.family),
		).toEqual([]);
	});
});

describe("leaderByName", () => {
	it("finds a leader under any order, alias or accent-free spelling", () => {
		expect(leaderByName("Xi Jinping")?.name).toMatchObject({
			given: "Jinping",
			family: "Xi",
			order: "family-first",
		});
		expect(leaderByName("Jinping Xi")?.name.family).toBe("Xi");
		expect(leaderByName("习近平")?.name.family).toBe("Xi");
		expect(leaderByName("Tayyip Erdogan")?.name).toMatchObject({ given: "Recep Tayyip", family: "Erdoğan" });
		expect(leaderByName("S. Jaishankar")?.terms.map((term) => term.country)).toEqual(["IN"]);
		expect(leaderByName("MOTEGI Toshimitsu")?.terms.map((term) => term.start)).toEqual([
			"2019-09-11",
			"2025-10-21",
		]);
	});

	it("takes a family name alone only when one leader with it was in office that day", () => {
		expect(leaderByName("Modi", "2019-06-01")?.name.given).toBe("Narendra");
		expect(leaderByName("Sharif", "2015-01-01")?.name.given).toBe("Nawaz");
		expect(leaderByName("Sharif", "2024-06-01")?.name.given).toBe("Shehbaz");
		expect(leaderByName("Cho", "2024-06-01")?.name.given).toBe("Tae-yul");
		expect(leaderByName("Cho", "2025-07-19")).toBeUndefined();
		expect(leaderByName("Modi")).toBeUndefined();
		expect(leaderByName("Nobody Atall", "2020-01-01")).toBeUndefined();
	});

	it("reads a family name two premiers share by who was in office", () => {
		expect(leaderByName("Li", "2020-01-01")?.name.given).toBe("Keqiang");
		expect(leaderByName("Li", "2024-01-01")?.name.given).toBe("Qiang");
	});
});

describe("officeHolder", () => {
	it("answers who held an office on a day", () => {
		expect(officeHolder("JP", "foreign-minister", "2021-06-29")?.leader.name.family).toBe("Motegi");
		expect(officeHolder("CN", "foreign-minister", "2023-03-01")?.leader.name.family).toBe("Qin");
		expect(officeHolder("CN", "foreign-minister", "2023-09-01")?.leader.name.family).toBe("Wang");
		expect(officeHolder("US", "head-of-government", "2022-01-01")?.leader.name.family).toBe("Biden");
		expect(officeHolder("TR", "head-of-government", "2017-01-01")?.leader.name.family).toBe("Yıldırım");
		expect(officeHolder("TR", "head-of-government", "2020-01-01")?.leader.name.family).toBe("Erdoğan");
		expect(officeHolder("EU", "foreign-minister", "2020-06-01")?.office.title).toBe(
			"High Representative for Foreign Affairs and Security Policy",
		);
	});

	it("gives the incoming holder on a handover day and nobody in a gap", () => {
		expect(officeHolder("US", "head-of-state", "2017-01-20")?.leader.name.family).toBe("Trump");
		expect(officeHolder("US", "head-of-state", "2017-01-19")?.leader.name.family).toBe("Obama");
		// South Korea had an acting president between Park's removal and Moon's inauguration.
		expect(officeHolder("KR", "head-of-state", "2017-04-01")).toBeUndefined();
	});

	it("marks an open term unconfirmed after the table was last checked", () => {
		expect(officeHolder("IN", "head-of-government", "2020-01-01")?.office.confirmed).toBe(true);
		expect(officeHolder("IN", "head-of-government", "2026-03-01")?.office.confirmed).toBe(false);
		expect(officeHolder("IN", "head-of-government", "2012-01-01")?.office.confirmed).toBe(true);
	});
});

describe("officesOn", () => {
	it("lists the offices held on a day, most senior first", () => {
		const erdogan = leaderByName("Recep Tayyip Erdoğan");
		expect(erdogan && officesOn(erdogan, "2020-01-01").map((office) => office.kind)).toEqual([
			"head-of-state",
			"head-of-government",
		]);
		const lapid = leaderByName("Yair Lapid");
		expect(lapid && officesOn(lapid, "2022-08-01").map((office) => office.kind)).toEqual([
			"head-of-government",
			"foreign-minister",
		]);
	});
});
