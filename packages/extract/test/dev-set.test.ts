import { describe, expect, it } from "vitest";
import { evaluateExtraction } from "../src/eval/index.js";
import { readGoldDirectory } from "./gold-files.js";
import { devSetRoot } from "./paths.js";

// An accuracy gate over however many annotated texts the dev set holds (it may grow).
const items = readGoldDirectory(devSetRoot);

describe("the development set", () => {
	it("has annotated texts to measure with", () => {
		expect(items.length).toBeGreaterThanOrEqual(44);
	});

	const { score, predictions } = evaluateExtraction(items);

	it("reads every text", () => {
		expect(
			predictions
				.filter((prediction) => prediction.error)
				.map((prediction) => `${prediction.id}: ${prediction.error}`),
		).toEqual([]);
	});

	it("finds held meetings with F1 >= 0.9", () => {
		expect(score.f1).toBeGreaterThanOrEqual(0.9);
	});

	it("gets dates, places and formats right at least 90% of the time", () => {
		expect(score.dateAccuracy).toBeGreaterThanOrEqual(0.9);
		expect(score.placeAccuracy).toBeGreaterThanOrEqual(0.9);
		expect(score.formatAccuracy).toBeGreaterThanOrEqual(0.9);
	});

	it("proposes no meeting on texts that report none", () => {
		expect(score.negatives).toBeGreaterThan(0);
		expect(score.falsePositivesOnNegatives).toBe(0);
	});
});
