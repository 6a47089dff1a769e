import { describe, expect, it } from "vitest";
import { goldFamily, nameMatches, type ScoredMeeting, scoreExtraction } from "./score.js";

const meeting = (
	names: Array<string | [null, string]>,
	extra: Partial<ScoredMeeting> = {},
): ScoredMeeting => ({
	status: "held",
	participants: names.map((name) =>
		Array.isArray(name) ? { name: null, country: name[1] } : { name, country: null },
	),
	date: null,
	place: null,
	format: "unknown",
	...extra,
});

describe("participant pairing", () => {
	it("matches the gold family name inside the predicted name, folding case, accents and punctuation", () => {
		expect(goldFamily("Luigi Di Maio")).toBe("di maio");
		expect(nameMatches("Toshimitsu Motegi", "MOTEGI Toshimitsu")).toBe(true);
		expect(nameMatches("Luigi Di Maio", "Di-Maio")).toBe(true);
		expect(nameMatches("Selim Karaağaçlı", "Selim Karaagacli")).toBe(true);
		expect(nameMatches("Wen Li", "Oliver Lindqvist")).toBe(false);
		expect(nameMatches("Antony Blinken", null)).toBe(false);
	});
});

describe("scoreExtraction", () => {
	it("scores a perfect prediction as 1 everywhere", () => {
		const gold = [
			{
				id: "a",
				meetings: [
					meeting(["Antony Blinken", "Toshimitsu Motegi"], {
						date: "2021-06-29",
						place: { city: "Matera", country: "IT" },
						format: "in_person",
					}),
				],
			},
		];
		const predicted = [
			{
				id: "a",
				meetings: [
					meeting(["Motegi", "Blinken"], {
						date: "2021-06-29",
						place: { city: "MATERA", country: "IT" },
						format: "in_person",
					}),
				],
			},
		];
		expect(scoreExtraction(gold, predicted)).toMatchObject({
			precision: 1,
			recall: 1,
			f1: 1,
			dateAccuracy: 1,
			placeAccuracy: 1,
			formatAccuracy: 1,
		});
	});

	it("counts misses, extras and planned meetings as the README says", () => {
		const gold = [
			{
				id: "a",
				meetings: [
					meeting(["Ann Lee", "Bo Park"]),
					meeting(["Ann Lee", [null, "SA"]]),
					meeting(["Ann Lee", "Cy Ode"], { status: "planned" }),
				],
			},
		];
		const predicted = [
			{
				id: "a",
				meetings: [
					meeting(["Ann Lee", "Bo Park"]),
					meeting(["Ann Lee", "Dee Roy"]),
					meeting(["Ann Lee", "Cy Ode"], { status: "planned" }),
				],
			},
		];
		const score = scoreExtraction(gold, predicted);
		expect(score.precision).toBe(0.5);
		expect(score.recall).toBe(0.5);
		expect(score.f1).toBe(0.5);
	});

	it("pairs an unnamed gold participant by country and needs the same number of participants", () => {
		const gold = [
			{ id: "a", meetings: [meeting(["Ann Lee", [null, "SA"]]), meeting(["Ann Lee", "Bo Park", "Cy Ode"])] },
		];
		const predicted = [
			{
				id: "a",
				meetings: [
					{
						...meeting(["Ann Lee", "Saudi delegation"]),
						participants: [
							{ name: "Ann Lee", country: "KR" },
							{ name: null, country: "SA" },
						],
					},
					meeting(["Ann Lee", "Bo Park"]),
				],
			},
		];
		const score = scoreExtraction(gold, predicted);
		expect(score.perText[0]?.matched).toBe(1);
		expect(score.perText[0]?.pairs).toEqual([0, -1]);
	});

	it("pairs meetings one to one for the best total, then scores facts at gold precision", () => {
		const gold = [
			{
				id: "a",
				meetings: [
					meeting(["Ann Lee", "Bo Park"], { date: "2024-01", format: "phone" }),
					meeting(["Ann Lee", "Bo Park"], {
						date: "2024-01-05",
						place: { city: "Seoul", country: "KR" },
						format: "in_person",
					}),
				],
			},
		];
		const predicted = [
			{
				id: "a",
				meetings: [
					meeting(["Ann Lee", "Bo Park"], {
						date: "2024-01-05",
						place: { city: "Seoul", country: "KR" },
						format: "in_person",
					}),
					meeting(["Ann Lee", "Bo Park"], { date: "2024-01-20", format: "phone" }),
				],
			},
		];
		const score = scoreExtraction(gold, predicted);
		expect(score.perText[0]?.pairs).toEqual([1, 0]);
		expect(score).toMatchObject({ f1: 1, dateAccuracy: 1, placeAccuracy: 1, formatAccuracy: 1 });
	});

	it("skips null gold dates and unknown gold formats, and wants no place where gold has none", () => {
		const gold = [{ id: "a", meetings: [meeting(["Ann Lee", "Bo Park"], { format: "unknown" })] }];
		const predicted = [
			{
				id: "a",
				meetings: [
					meeting(["Lee", "Park"], {
						date: "2024-01-01",
						format: "phone",
						place: { city: null, country: "KR" },
					}),
				],
			},
		];
		const score = scoreExtraction(gold, predicted);
		expect(score.perText[0]?.dates.scored).toBe(0);
		expect(score.perText[0]?.formats.scored).toBe(0);
		expect(score.placeAccuracy).toBe(0);
		const wrongCity = scoreExtraction(
			[
				{
					id: "a",
					meetings: [
						meeting(["Ann Lee", "Bo Park"], { place: { city: "Seoul", country: "KR" }, date: "2024-01" }),
					],
				},
			],
			[
				{
					id: "a",
					meetings: [
						meeting(["Ann Lee", "Bo Park"], { place: { city: "Busan", country: "KR" }, date: "2024" }),
					],
				},
			],
		);
		expect(wrongCity.placeAccuracy).toBe(0);
		expect(wrongCity.dateAccuracy).toBe(0);
	});

	it("counts held meetings predicted on negative texts", () => {
		const score = scoreExtraction(
			[
				{ id: "neg", meetings: [] },
				{ id: "missing", meetings: [] },
			],
			[
				{
					id: "neg",
					meetings: [meeting(["Ann Lee", "Bo Park"]), meeting(["Ann Lee", "Cy Ode"], { status: "planned" })],
				},
			],
		);
		expect(score).toMatchObject({
			negatives: 2,
			falsePositivesOnNegatives: 1,
			precision: 0,
			recall: 1,
			texts: 2,
		});
	});
});
