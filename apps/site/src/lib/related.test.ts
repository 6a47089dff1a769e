import type { Article } from "@sidelines/domain";
import { materaArticle } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { recommend } from "./related.js";

const story = (
	id: string,
	mentions: Partial<Article["mentions"]>,
	tags: string[],
	publishedAt: string,
): Article => ({
	...materaArticle,
	id,
	slug: id,
	tags,
	publishedAt,
	mentions: { diplomats: [], meetings: [], ...mentions },
});

describe("Recommended", () => {
	it("ranks shared meetings over shared people over shared tags, newer first on ties, never the story itself", () => {
		const sameMeeting = story(
			"same-meeting",
			{ meetings: ["mtg-motegi-raab-2021-06-29"] },
			[],
			"2021-07-01T00:00:00Z",
		);
		const twoPeople = story(
			"two-people",
			{ diplomats: ["antony-blinken", "joe-biden"] },
			[],
			"2021-07-02T00:00:00Z",
		);
		const onePerson = story("one-person", { diplomats: ["dominic-raab"] }, [], "2021-07-03T00:00:00Z");
		const olderTag = story("older-tag", {}, ["g20"], "2021-07-01T00:00:00Z");
		const newerTag = story("newer-tag", {}, ["g20"], "2021-07-05T00:00:00Z");
		const unrelated = story("unrelated", { diplomats: ["someone-else"] }, ["asean"], "2021-08-01T00:00:00Z");
		const picked = recommend(
			materaArticle,
			[unrelated, olderTag, materaArticle, onePerson, newerTag, twoPeople, sameMeeting, twoPeople],
			10,
		);
		expect(picked.map((article) => article.id)).toEqual([
			"two-people",
			"same-meeting",
			"one-person",
			"newer-tag",
			"older-tag",
		]);
		expect(recommend(materaArticle, [newerTag, olderTag], 1).map((article) => article.id)).toEqual([
			"newer-tag",
		]);
	});
});
