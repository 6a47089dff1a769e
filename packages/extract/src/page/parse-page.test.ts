import { ArticleCreate, bodyText } from "@sidelines/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	materaPage,
	materaPageCaption,
	materaPageHeadline,
	materaPageLead,
	materaPageParagraphs,
} from "../fixtures/index.js";
import { PageParseError } from "./errors.js";
import { parsePage } from "./parse-page.js";

const simple = [
	"Lisbon and Dakar sign fisheries pact after talks",
	"Tue, 12 Mar 2024 10:30:00 +0000",
	"",
	"The Portuguese foreign minister, Rui Calado, met Senegalese Foreign Minister Awa Ndour in Lisbon on Monday.",
	"",
	"“We are neighbours across the ocean,” Calado said.",
	"",
	"The two also discussed migration and port investment.",
	"",
	"*with Lusa",
].join("\n");

describe("parsePage on a scraped text page", () => {
	const article = parsePage(materaPage);

	it("reads the article's fields and validates as ArticleCreate", () => {
		expect(ArticleCreate.safeParse(article).success).toBe(true);
		expect(article).toMatchObject({
			section: "japan",
			headline: materaPageHeadline,
			hero: {
				caption: materaPageCaption,
				credit: "Twitter/@SecBlinken",
			},
			publishedAt: "2021-06-30T06:06:02+09:00",
			zone: "Etc/GMT-9",
			byline: "Arab News Japan",
			agencyCredit: "JIJI Press",
		});
		expect(article.hero).not.toHaveProperty("src");
		expect(article.updatedAt).toBeUndefined();
	});

	it("keeps the body paragraphs and none of the page furniture", () => {
		expect(article.body.map((block) => ("text" in block ? block.text : block.type))).toEqual([
			...materaPageParagraphs,
		]);
		const text = bodyText(article);
		for (const furniture of [
			"Since 1975",
			"facebook",
			"twitter",
			"Short Url",
			"Most Popular",
			"Recommended",
			"return to top",
			"GMT9",
			"*with",
		]) {
			expect(text).not.toContain(furniture);
		}
		expect(article.body[0]).toEqual({
			type: "paragraph",
			text: materaPageLead,
		});
	});

	it("keeps a paragraph that frames a quotation as a paragraph", () => {
		expect(article.body[1]?.type).toBe("paragraph");
		expect(article.body.some((block) => block.type === "quote")).toBe(false);
	});

	it("takes the zone from the hint when it fits the printed offset", () => {
		expect(parsePage(materaPage, { zoneHint: "Asia/Tokyo" }).zone).toBe("Asia/Tokyo");
		expect(parsePage(materaPage, { zoneHint: "Europe/Paris" }).zone).toBe("Etc/GMT-9");
	});
});

describe("parsePage on the simple form (headline, timestamp, paragraphs)", () => {
	const article = parsePage(simple);

	it("reads headline, time, body and agency credit", () => {
		expect(article.headline).toBe("Lisbon and Dakar sign fisheries pact after talks");
		expect(article.publishedAt).toBe("2024-03-12T10:30:00+00:00");
		expect(article.section).toBe("news");
		expect(article.agencyCredit).toBe("Lusa");
		expect(article.byline).toBeUndefined();
		expect(article.body.map((block) => block.type)).toEqual(["paragraph", "quote", "paragraph"]);
	});

	it("turns a paragraph that is one quotation into a quote block with its speaker", () => {
		expect(article.body[1]).toEqual({
			type: "quote",
			text: "“We are neighbours across the ocean”",
			speaker: "Calado",
		});
	});

	it("uses the published day when the page prints no time", () => {
		const undated = "A headline about talks\n\nThe two ministers met in Rome on Monday.";
		expect(parsePage(undated, { published: "2024-03-12" }).publishedAt).toBe("2024-03-12T00:00:00+00:00");
		expect(parsePage(undated, { published: "2024-03-12", zoneHint: "Asia/Tokyo" }).publishedAt).toBe(
			"2024-03-12T00:00:00+09:00",
		);
		expect(() => parsePage(undated)).toThrow(PageParseError);
	});

	it("reads timestamps the domain parser does not know", () => {
		const stamp = (line: string) =>
			parsePage(`Headline of the story\n${line}\n\nThe ministers met on Monday in Rome.`).publishedAt;
		expect(stamp("Published 21.09.2022 - 07:45")).toBe("2022-09-21T07:45:00+00:00");
		expect(stamp("March 14, 2023 at 9:12 a.m. ET")).toBe("2023-03-14T09:12:00-04:00");
		expect(stamp("Thu, June 30 2022. 09:41 IST")).toBe("2022-06-30T09:41:00+05:30");
		expect(stamp("Last updated 15:47, 29 November 2023")).toBe("2023-11-29T15:47:00+00:00");
		expect(stamp("14-05-2023 18:20 (Cairo)")).toBe("2023-05-14T18:20:00+03:00");
	});
});

describe("parsePage on HTML", () => {
	const html = `<!doctype html><html><head><title>Site</title>
<meta property="article:published_time" content="2023-05-02T09:15:00+02:00">
<meta property="article:section" content="Europe">
<script>alert("x")</script><style>p { color: red }</style>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Berlin and Warsaw hold border talks","datePublished":"2023-05-02T09:15:00+02:00"}</script>
</head><body><nav><ul><li>Home</li><li>Europe</li></ul></nav>
<article><h1>Berlin and Warsaw hold border talks</h1>
<figure><img src="/images/vossberg.jpg" alt="Two ministers shake hands"><figcaption>Vossberg and Wierzbicki in Berlin. (Photo: Foreign Office)</figcaption></figure>
<p onclick="steal()">German Foreign Minister Klara Vossberg met her Polish counterpart, Tomasz Wierzbicki, in Berlin on Monday to discuss rail links and border controls across the Oder.</p>
<p>The two ministers spoke for about an hour and agreed to meet again in the autumn, officials from both ministries said afterwards.</p>
<p>Trade between the neighbours has grown every year since the pandemic, and both governments want faster trains between the capitals.</p>
<script>document.write("<p>injected</p>")</script>
</article><footer>Most Popular</footer></body></html>`;

	it("reads metadata and main content, and no markup reaches the body", () => {
		const article = parsePage(html);
		expect(article.headline).toBe("Berlin and Warsaw hold border talks");
		expect(article.publishedAt).toBe("2023-05-02T09:15:00+02:00");
		expect(article.section).toBe("europe");
		expect(article.hero).toEqual({
			src: "/images/vossberg.jpg",
			alt: "Two ministers shake hands",
			caption: "Vossberg and Wierzbicki in Berlin.",
			credit: "Photo: Foreign Office",
		});
		const text = bodyText(article);
		expect(text).toContain("German Foreign Minister Klara Vossberg met her Polish counterpart");
		expect(text).not.toMatch(/alert|steal|injected|color: red|<|onclick/);
	});
});

describe("parsePage on bad input", () => {
	const reasonOf = (raw: string) => {
		try {
			parsePage(raw);
			return "parsed";
		} catch (error) {
			expect(error).toBeInstanceOf(PageParseError);
			expect((error as Error).message).not.toContain("\n");
			return (error as PageParseError).reason;
		}
	};

	it("names what is wrong", () => {
		expect(reasonOf("")).toBe("empty");
		expect(reasonOf("  \n\t ")).toBe("empty");
		expect(reasonOf(`Headline\u0000\u0001binary`)).toBe("binary");
		expect(reasonOf(`${"\uFFFD".repeat(500)}ab`)).toBe("binary");
		expect(reasonOf(`Headline\n2024-01-01T10:00:00Z\n\n${"word ".repeat(450_000)}`)).toBe("too-large");
		expect(
			reasonOf(
				"外務大臣が会談\n2024-01-01T10:00:00+09:00\n\n茂木外務大臣は29日、ブリンケン国務長官と会談した。両氏は協力を確認した。",
			),
		).toBe("not-english");
		expect(
			reasonOf(
				"Le ministre rencontre son homologue\n2024-01-01T10:00:00Z\n\nLe ministre des Affaires étrangères a rencontré lundi son homologue italien à Rome pour discuter de la situation.",
			),
		).toBe("not-english");
	});

	it("never throws anything but PageParseError", () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 400 }),
				fc.constantFrom("", "\n2024-01-01T10:00:00Z\n\n", "<html><body><p>"),
				(text, glue) => {
					try {
						parsePage(`Headline${glue}${text}`);
					} catch (error) {
						return error instanceof PageParseError;
					}
					return true;
				},
			),
			{ numRuns: 300 },
		);
	});
});
