import { describe, expect, it } from "vitest";
import { extractPage } from "./extract-page.js";

// Written for this test with the structure of an undated agency excerpt; people and events are invented.
const undated = [
	"Chilean and Peruvian ministers meet in Lima",
	"",
	"Chilean Foreign Minister Rosa Vidal met her Peruvian counterpart Tomás Quispe in Lima on Friday.",
	"",
	"Vidal had held talks with Bolivian Foreign Minister Luis Mamani in La Paz on 12 March 2019.",
].join("\n");

describe("extractPage", () => {
	it("extracts the meetings of a page with no publication time, resolving only dates that print their year", () => {
		const { article, meetings, warnings } = extractPage(undated);
		expect(article.publishedAt).toBeUndefined();
		expect(meetings.map((meeting) => meeting.date)).toEqual([
			null,
			expect.objectContaining({ year: 2019, month: 3, day: 12 }),
		]);
		expect(warnings).toContain('dates left empty for want of a publication day: "Friday"');
	});

	it("resolves relative dates once the published day is given", () => {
		const { meetings, warnings } = extractPage(undated, { published: "2024-05-12" });
		expect(meetings[0]?.date).toMatchObject({ year: 2024, month: 5, day: 10 });
		expect(warnings).toEqual([]);
	});
});
