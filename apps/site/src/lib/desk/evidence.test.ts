import { bodyText } from "@sidelines/domain";
import { materaArticle } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { evidenceParagraphs } from "./evidence.js";

const article = {
	body: [
		{ type: "paragraph" as const, text: "Carvalhal met Bennani in Valletta." },
		{ type: "paragraph" as const, text: "They spoke for 30 minutes." },
	],
};

describe("evidenceParagraphs", () => {
	it("marks a span inside the second paragraph, counting the blank line between blocks", () => {
		const text = bodyText(article);
		const start = text.indexOf("30 minutes");
		const [paragraph, ...rest] = evidenceParagraphs(article, [{ start, end: start + 10 }]);
		expect(rest).toEqual([]);
		expect(paragraph).toEqual({
			block: 1,
			runs: [
				{ text: "They spoke for ", marked: false },
				{ text: "30 minutes", marked: true },
				{ text: ".", marked: false },
			],
		});
	});

	it("keeps every character of a paragraph once, with overlapping spans merged", () => {
		const [paragraph] = evidenceParagraphs(article, [
			{ start: 0, end: 13 },
			{ start: 10, end: 21 },
		]);
		expect(paragraph?.runs.map((run) => run.text).join("")).toBe(article.body[0]?.text);
		expect(paragraph?.runs.filter((run) => run.marked).map((run) => run.text)).toEqual([
			"Carvalhal met",
			" Bennani",
		]);
	});

	it("finds the Matera evidence where the body text has it, and ignores spans past the end", () => {
		const text = bodyText(materaArticle);
		const start = text.indexOf("20 minutes");
		const paragraphs = evidenceParagraphs(materaArticle, [
			{ start, end: start + 10 },
			{ start: text.length + 5, end: text.length + 9 },
		]);
		expect(paragraphs).toHaveLength(1);
		expect(paragraphs[0]?.runs.find((run) => run.marked)?.text).toBe("20 minutes");
	});
});
