import type { Meeting } from "@sidelines/domain";
import { materaArticle, materaDiplomats, materaMeetings, materaOccasion } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { jsonFeed, rssFeed } from "./feeds.js";
import { partyView } from "./meetings.js";
import { event, newsArticle, scriptJson } from "./structured-data.js";
import { escapeXml } from "./xml.js";

const site = "https://news.example";
const diplomats = new Map(materaDiplomats.map((diplomat) => [diplomat.id, diplomat]));

describe("JSON-LD", () => {
	it("cannot be closed or turned into markup by the text inside it", () => {
		const json = scriptJson({ headline: "</script><script>alert(1)</script> & \u2028" });
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script> & \u2028" });
	});

	it("describes the article with dateline, author, publisher and image", () => {
		const data = newsArticle(materaArticle, {
			siteUrl: site,
			siteName: "Sidelines",
			sectionName: "Japan",
			dateline: "Tokyo",
			people: materaDiplomats,
		});
		expect(data).toMatchObject({
			"@type": "NewsArticle",
			headline: materaArticle.headline,
			datePublished: "2021-06-30T06:06:02+09:00",
			dateline: "Tokyo",
			author: { name: "Arab News Japan" },
			publisher: { "@type": "NewsMediaOrganization", name: "Sidelines" },
			image: [`${site}/card.png`],
			url: `${site}/articles/${materaArticle.slug}`,
		});
	});

	it("describes a phone call as an online event at its month", () => {
		const [, matera, , call] = materaMeetings as [Meeting, Meeting, Meeting, Meeting];
		const parties = call.participants.map((party) => partyView(party, diplomats, call));
		expect(event(call, { siteUrl: site, name: "Suga and Biden", parties })).toMatchObject({
			"@type": "Event",
			startDate: "2021-01",
			eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
			attendee: [{ name: "SUGA Yoshihide" }, { name: "Joe Biden" }],
		});
		expect(
			event(matera, { siteUrl: site, name: "Motegi and Raab", parties: [], occasion: materaOccasion }),
		).toMatchObject({
			startDate: "2021-06-29",
			location: { "@type": "Place", name: "Matera", address: { addressCountry: "IT" } },
			superEvent: { name: materaOccasion.name },
		});
	});
});

describe("feeds", () => {
	const channel = {
		title: "Sidelines",
		description: "Latest",
		homeUrl: `${site}/`,
		feedUrl: `${site}/feed.xml`,
	};

	it("escape every character XML reserves and drop those it forbids", () => {
		expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe(
			"&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
		);
	});

	it("list the article with its RFC 822 date in RSS and its ISO date in JSON Feed", () => {
		const rss = rssFeed(channel, [materaArticle], site);
		expect(rss).toContain(`<link>${site}/articles/${materaArticle.slug}</link>`);
		expect(rss).toContain("<pubDate>Wed, 30 Jun 2021 06:06:02 +0900</pubDate>");
		const feed = JSON.parse(jsonFeed(channel, [materaArticle], site));
		expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
		expect(feed.items[0]).toMatchObject({
			id: materaArticle.id,
			title: materaArticle.headline,
			date_published: "2021-06-30T06:06:02+09:00",
			authors: [{ name: "Arab News Japan" }],
		});
		expect(feed.items[0].content_text).toContain("met for 20 minutes on June 29");
	});
});
