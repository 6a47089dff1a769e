import { bodyText } from "@sidelines/domain";
import { describe, expect, it } from "vitest";
import { extractMeetings } from "../meetings/extract-meetings.js";
import { PageParseError } from "./errors.js";
import { DERIVED_HEADLINE_MAX, headlineFromLead } from "./header.js";
import { parsePage, readPage } from "./parse-page.js";

// Pages written for these tests with the structures real scrapes have; people and events are invented.
const text = (reading: ReturnType<typeof readPage>) => bodyText({ body: reading.article.body });
const firstParagraph = (reading: ReturnType<typeof readPage>) => {
	const block = reading.article.body[0];
	return block && "text" in block ? block.text : undefined;
};

describe("readPage on a page with no title line", () => {
	const page = [
		" date 2023-04-11 VALLETTA – Maltese Foreign Minister Karl Borg met his Tunisian counterpart Amel Haddad in Valletta on Monday to discuss migration.",
		"",
		"The two ministers spoke for about an hour, officials said.",
	].join("\n");
	const reading = readPage(page);

	it("takes the publication day from the leading date and makes the headline from the lead", () => {
		expect(reading.article.publishedAt).toBe("2023-04-11T00:00:00+00:00");
		expect(reading.publishedFrom).toBe("metadata");
		expect(reading.article.headline).toBe(
			"Maltese Foreign Minister Karl Borg met his Tunisian counterpart Amel Haddad in Valletta on Monday to discuss migration",
		);
		expect(reading.article.slug).toBe(
			"maltese-foreign-minister-karl-borg-met-his-tunisian-counterpart-amel-haddad-in",
		);
		expect(reading.warnings).toEqual(["the page prints no title line: the headline is made from its lead"]);
	});

	it("keeps the lead in the body, so its meeting is still extracted", () => {
		expect(firstParagraph(reading)).toMatch(/^VALLETTA – Maltese Foreign Minister Karl Borg met/);
		const article = parsePage(page);
		const meetings = extractMeetings(article);
		expect(meetings).toHaveLength(1);
		expect(meetings[0]?.date).toMatchObject({ year: 2023, month: 4, day: 10 });
	});

	it("cuts a long lead at a clause, or at a word with an ellipsis, within the headline limit", () => {
		const clause = headlineFromLead(
			"ADDIS ABABA (Example Wire) – The Ethiopian prime minister held talks with the presidents of Kenya and Somalia on the margins of the summit, the third such meeting this year, before leaving for Nairobi.",
		);
		expect(clause).toBe(
			"The Ethiopian prime minister held talks with the presidents of Kenya and Somalia on the margins of the summit",
		);
		const words = headlineFromLead(
			"Minister for Foreign Affairs and Trade of the Republic of Examplestan Dana Petrova on Thursday met her counterparts from three Gulf states in Doha to discuss energy.",
		);
		expect(words.length).toBeLessThanOrEqual(DERIVED_HEADLINE_MAX);
		expect(words).toMatch(/ \p{L}+…$/u);
		expect(
			"Minister for Foreign Affairs and Trade of the Republic of Examplestan Dana Petrova on Thursday met her counterparts from three",
		).toContain(words.replace("…", ""));
	});

	it("drops datelines of every shape from the headline, not from the body", () => {
		expect(
			headlineFromLead("Abuja — President Ade Okon received his Ghanaian counterpart on Thursday."),
		).toBe("President Ade Okon received his Ghanaian counterpart on Thursday");
		expect(headlineFromLead("London [UK], Mar 3 (EXW): The ambassador was summoned on Friday.")).toBe(
			"The ambassador was summoned on Friday",
		);
		expect(headlineFromLead("Dili March 4/2021 /EXA/ The two leaders met in Dili.")).toBe(
			"The two leaders met in Dili",
		);
		expect(headlineFromLead("(EXWIRE- Example Network) SUVA, Feb 2 (EX) – Fiji and Tonga met today.")).toBe(
			"Fiji and Tonga met today",
		);
		expect(headlineFromLead("Mr. Ion Rusu met Dr. Ana Lupu in Chisinau. They spoke at length.")).toBe(
			"Mr. Ion Rusu met Dr. Ana Lupu in Chisinau",
		);
	});
	it("reads a timestamp printed under a lead that serves as headline", () => {
		const reading = readPage(
			[
				"The foreign ministers of Estonia and Finland met in Tallinn on Monday to discuss ferry links.",
				"Published 04.03.2024 - 10:05",
				"",
				"They agreed to meet again in Helsinki.",
			].join("\n"),
		);
		expect(reading.article.publishedAt).toBe("2024-03-04T10:05:00+00:00");
		expect(reading.article.body).toHaveLength(2);
		expect(text(reading)).not.toContain("Published");
	});
});

describe("readPage on a page that prints no publication time", () => {
	const page = [
		"Chilean and Peruvian ministers meet in Lima",
		"",
		"Chilean Foreign Minister Rosa Vidal met her Peruvian counterpart Tomás Quispe in Lima on Friday.",
		"",
		"They had first met in Santiago on 12 March 2019.",
	].join("\n");

	it("reads the page anyway and says that relative dates stay empty", () => {
		const reading = readPage(page);
		expect(reading.article.publishedAt).toBeUndefined();
		expect(reading.publishedFrom).toBe("unknown");
		expect(reading.article.headline).toBe("Chilean and Peruvian ministers meet in Lima");
		expect(reading.warnings).toEqual([
			"the page prints no publication time and none was given: dates relative to it (yesterday, on Friday) stay empty",
		]);
	});

	it("takes the published day given by the caller", () => {
		const reading = readPage(page, { published: "2024-05-10" });
		expect(reading.article.publishedAt).toBe("2024-05-10T00:00:00+00:00");
		expect(reading.publishedFrom).toBe("given");
		expect(reading.warnings).toEqual([]);
	});

	it("does not take a month alone as the publication day", () => {
		const reading = readPage(` date 2024-05 ${page}`);
		expect(reading.article.publishedAt).toBeUndefined();
		expect(reading.warnings[0]).toBe(
			"the page's date 2024-05 names only a month: not used as the publication day",
		);
	});

	it("still makes parsePage, which needs a time to store the article, name the way out", () => {
		expect(() => parsePage(page)).toThrow(PageParseError);
		expect(() => parsePage(page)).toThrow(/--published, or a sidecar file/);
	});

	it("reads relative dates against the day of a post the page quotes, and says so", () => {
		const quoting = page.replace(
			"\n\nThey had first met",
			"\n\nGood talks with my Peruvian colleague. — Rosa Vidal (@rosavidal) May 10, 2024\n\nThey had first met",
		);
		const reading = readPage(quoting);
		expect(reading.article.publishedAt).toBe("2024-05-10T00:00:00+00:00");
		expect(reading.publishedFrom).toBe("post");
		expect(reading.warnings).toEqual([
			"the page prints no publication time: dates relative to it (yesterday, on Friday) are read against 2024-05-10, the day of the post it quotes",
		]);
	});

	it("reads a date printed under the title with no time", () => {
		const dated = page.replace("\n\n", "\nExample Wire - November 9, 2012\n\n");
		const reading = readPage(dated);
		expect(reading.article.publishedAt).toBe("2012-11-09T00:00:00+00:00");
		expect(reading.publishedFrom).toBe("dateline");
		expect(text(reading)).not.toContain("Example Wire");
	});
});

describe("readPage drops site furniture", () => {
	it("never takes a menu, a section label, a photo label or a repeated title as headline or text", () => {
		const reading = readPage(
			[
				"Menu Content",
				"Go Top",
				"",
				"Diplomacy",
				"",
				"Oslo and Nairobi agree to deepen climate cooperation",
				"",
				"Posted: 2022-10-04 09:30:00",
				"",
				"Oslo and Nairobi agree to deepen climate cooperation",
				"",
				"Photo : Example Agency",
				"",
				"Norwegian Foreign Minister Siri Dahl met Kenyan Foreign Minister Joseph Mwangi in Oslo on Monday.",
				"",
				"The two agreed to meet again next year.",
			].join("\n"),
		);
		expect(reading.article.headline).toBe("Oslo and Nairobi agree to deepen climate cooperation");
		expect(reading.article.section).toBe("diplomacy");
		expect(reading.article.publishedAt).toBe("2022-10-04T09:30:00+00:00");
		expect(firstParagraph(reading)).toMatch(/^Norwegian Foreign Minister Siri Dahl/);
		expect(text(reading)).not.toMatch(/Menu|Go Top|Photo :|Oslo and Nairobi agree/);
	});

	it("drops a site name, a language picker and a breadcrumb, and reads the byline's time", () => {
		const reading = readPage(
			[
				" date 2021-03-02 ExampleNews.com",
				"English",
				"Home > World News |",
				"Lima hosts talks between Chilean and Peruvian ministers",
				"",
				"Ana Ruiz Published March 2, 2021 | 10:15 AM",
				"",
				"Lima hosts talks between Chilean and Peruvian Ministers",
				"",
				"LIMA (Example News) Chilean Foreign Minister Rosa Vidal held talks with Peruvian Foreign Minister Tomás Quispe on Tuesday.",
			].join("\n"),
		);
		expect(reading.article.headline).toBe("Lima hosts talks between Chilean and Peruvian ministers");
		expect(reading.article.slug).toBe("lima-hosts-talks-between-chilean-and-peruvian-ministers");
		expect(reading.article.section).toBe("world-news");
		expect(reading.article.publishedAt).toBe("2021-03-02T10:15:00+00:00");
		expect(text(reading)).not.toMatch(/ExampleNews|English|Home|Ministers\n/);
		expect(firstParagraph(reading)).toMatch(/^LIMA \(Example News\) Chilean/);
	});

	it("drops font and share controls, reads a byline line, and stops at 'Full article'", () => {
		const reading = readPage(
			[
				"+ ↺ − 16 px",
				"A+ A-",
				"By Jonas Berg",
				"",
				"The foreign ministers of Sweden and Ghana held talks in Accra on Tuesday, the Swedish ministry said.",
				"",
				"They discussed trade and security in the Sahel.",
				"",
				"Copied to clipboard",
				"Full article",
			].join("\n"),
		);
		expect(reading.article.byline).toBe("Jonas Berg");
		expect(reading.article.headline).toBe(
			"The foreign ministers of Sweden and Ghana held talks in Accra on Tuesday, the Swedish ministry said",
		);
		expect(text(reading)).not.toMatch(/px|A\+|Copied|Full article|Jonas Berg/);
		expect(reading.article.body).toHaveLength(2);
	});

	it("takes a credited photo caption before the title as the caption, not the headline", () => {
		const reading = readPage(
			[
				" date 2022-05-14 Images | Example Office",
				"Nordic ministers gather in Reykjavik (Photo: Example/Staff)",
				"Nordic foreign ministers meet in Reykjavik",
				"",
				"Example Press • 14 May 2022 11:20",
				"Reykjavik: The foreign ministers of Iceland and Norway met in Reykjavik on Saturday.",
			].join("\n"),
		);
		expect(reading.article.headline).toBe("Nordic foreign ministers meet in Reykjavik");
		expect(reading.article.hero).toEqual({
			caption: "Nordic ministers gather in Reykjavik",
			credit: "Photo: Example/Staff",
		});
		expect(text(reading)).not.toMatch(/Images|Example Office/);
	});

	it("skips a site motto above the title and joins a dateline line to the first paragraph", () => {
		const reading = readPage(
			[
				"A Peaceful and Connected Region.",
				"Top Slides",
				"Ankara welcomes the Gulf tour of its foreign minister",
				"",
				"ANKARA",
				"",
				"The Turkish foreign minister visited Qatar on July 17 and met the emir in Doha.",
			].join("\n"),
			{ published: "2023-07-18" },
		);
		expect(reading.article.headline).toBe("Ankara welcomes the Gulf tour of its foreign minister");
		expect(reading.article.hero).toBeUndefined();
		expect(firstParagraph(reading)).toBe(
			"ANKARA — The Turkish foreign minister visited Qatar on July 17 and met the emir in Doha.",
		);
	});

	it("takes the title from the last menu bullet when the page has no other header", () => {
		const reading = readPage(
			[
				"• Français",
				"  • A note from the Foreign Ministry about the harbour talks in Geneva",
				"    Example Ministry of Foreign Affairs, posted 14 March 2022 10:05",
				"",
				"    The ministry is glad the harbour talks went ahead in Geneva on Monday.",
			].join("\n"),
		);
		expect(reading.article.headline).toBe(
			"A note from the Foreign Ministry about the harbour talks in Geneva",
		);
		expect(reading.article.section).toBe("news");
		expect(reading.article.publishedAt).toBe("2022-03-14T10:05:00+00:00");
	});

	it("reads a page whose header is all menus: the site's own date, menu labels, then the title as the first body line", () => {
		const page = [
			"Services",
			"Regional Offices",
			"Banner Monday, 3 June 2024",
			"Newsroom",
			"Newsroom",
			"Economy",
			"12 February 2019, 17:40",
			"",
			"Ozols, Haddad hold talks on ferries",
			"",
			"VALLETTA, 12 February - Latvian Foreign Minister Janis Ozols and his Tunisian counterpart Amel Haddad are holding talks in Valletta.",
			"",
			"Ferry links between the two ports restart in May.",
		].join("\n");
		const reading = readPage(page);
		expect(reading.article.headline).toBe("Ozols, Haddad hold talks on ferries");
		expect(reading.article.publishedAt).toBe("2019-02-12T17:40:00+00:00");
		expect(reading.article.byline).toBeUndefined();
		expect(firstParagraph(reading)).toMatch(/^VALLETTA, 12 February - Latvian Foreign Minister/);
		expect(text(reading)).not.toMatch(/Newsroom|Economy|Services/);
		expect(extractMeetings(parsePage(page))).toHaveLength(1);
	});
});

describe("readPage on HTML with site furniture", () => {
	const page = (head: string, body: string) =>
		`<!doctype html><html><head>${head}</head><body>${body}<article>
<p>Croatian Foreign Minister Ivo Marić met his Slovenian counterpart Nina Kos in Zagreb on Monday to discuss the border railway.</p>
<p>The two ministers agreed to meet again in Ljubljana in the spring, their ministries said.</p>
</article></body></html>`;

	it("drops the site's name from the title and never takes the logo for the headline", () => {
		const reading = readPage(
			page(
				'<title>Zagreb and Ljubljana talk rail links | Example Times</title><meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2024-02-05T10:00:00+01:00">',
				"<header><h1>Example Times</h1><ul><li>Home</li><li>English | Français</li></ul></header>",
			),
		);
		expect(reading.article.headline).toBe("Zagreb and Ljubljana talk rail links");
		expect(reading.article.slug).toBe("zagreb-and-ljubljana-talk-rail-links");
		expect(text(reading)).not.toMatch(/Example Times|Français/);
	});

	it("makes the headline from the lead when the page has no title", () => {
		const reading = readPage(
			page('<meta property="article:published_time" content="2024-02-05T10:00:00+01:00">', ""),
		);
		expect(reading.article.headline).toBe(
			"Croatian Foreign Minister Ivo Marić met his Slovenian counterpart Nina Kos in Zagreb on Monday to discuss the border…",
		);
		expect(reading.warnings).toEqual(["the page prints no title line: the headline is made from its lead"]);
		expect(firstParagraph(reading)).toMatch(/^Croatian Foreign Minister Ivo Marić met/);
	});
});
