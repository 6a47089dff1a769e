import {
	type Article,
	countryName,
	type Diplomat,
	isoFuzzyDate,
	type Meeting,
	type Occasion,
	officialName,
	westernName,
} from "@sidelines/domain";
import { FORMAT_WORDS, type PartyView } from "./meetings.js";
import { absolute, articlePath, diplomatPath, meetingPath } from "./paths.js";

/** Schema.org data for one page, serialised into `<script type="application/ld+json">`. */
export type StructuredData = Record<string, unknown>;

/** One step of a breadcrumb trail; the last one is the page itself. */
export interface Crumb {
	name: string;
	path: string;
}

/**
 * JSON for an ld+json script element: `<`, `>`, `&` and line separators escaped so no text in
 * it (an editor's headline, say) can close the element or start markup.
 * @example scriptJson({ name: "</script>" }); // '{"name":"\\u003c/script\\u003e"}'
 */
export function scriptJson(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, "\\u003c")
		.replace(/>/g, "\\u003e")
		.replace(/&/g, "\\u0026")
		.replace(/\u2028/g, "\\u2028")
		.replace(/\u2029/g, "\\u2029");
}

/** @example breadcrumbList(site, [{ name: "Home", path: "/" }])["@type"]; // "BreadcrumbList" */
export function breadcrumbList(siteUrl: string, crumbs: readonly Crumb[]): StructuredData {
	return {
		"@context": "https://schema.org",
		"@type": "BreadcrumbList",
		itemListElement: crumbs.map((crumb, index) => ({
			"@type": "ListItem",
			position: index + 1,
			name: crumb.name,
			item: absolute(siteUrl, crumb.path),
		})),
	};
}

const organisation = (siteUrl: string, siteName: string) => ({
	"@type": "NewsMediaOrganization",
	name: siteName,
	url: absolute(siteUrl, "/"),
	logo: { "@type": "ImageObject", url: absolute(siteUrl, "/logo.png"), width: 600, height: 60 },
});

/**
 * A NewsArticle with dateline, author, publisher and image (the site's card image when the article has none).
 * @example newsArticle(article, { siteUrl, siteName, sectionName: "Japan", people }).dateline;
 */
export function newsArticle(
	article: Article,
	context: { siteUrl: string; siteName: string; sectionName: string; dateline?: string; people: Diplomat[] },
): StructuredData {
	const url = absolute(context.siteUrl, articlePath(article.slug));
	const image = article.hero?.src
		? absolute(context.siteUrl, article.hero.src)
		: absolute(context.siteUrl, "/card.png");
	return {
		"@context": "https://schema.org",
		"@type": "NewsArticle",
		"@id": url,
		mainEntityOfPage: url,
		url,
		headline: article.headline,
		...(article.standfirst ? { description: article.standfirst } : {}),
		inLanguage: article.language,
		articleSection: context.sectionName,
		keywords: article.tags,
		datePublished: article.publishedAt,
		dateModified: article.updatedAt ?? article.publishedAt,
		...(context.dateline ? { dateline: context.dateline } : {}),
		image: [image],
		author: article.byline
			? { "@type": "Organization", name: article.byline }
			: { "@type": "Organization", name: context.siteName },
		...(article.agencyCredit
			? { sourceOrganization: { "@type": "Organization", name: article.agencyCredit } }
			: {}),
		publisher: organisation(context.siteUrl, context.siteName),
		about: context.people.map((person) => ({
			"@type": "Person",
			name: westernName(person.name),
			url: absolute(context.siteUrl, diplomatPath(person.id)),
		})),
	};
}

/**
 * A Person with the names, nationality and offices of a diplomat.
 * @example person(motegi, site).alternateName; // ["MOTEGI Toshimitsu", "茂木敏充"]
 */
export function person(diplomat: Diplomat, siteUrl: string): StructuredData {
	const current = diplomat.offices.find((office) => office.end === undefined);
	return {
		"@context": "https://schema.org",
		"@type": "Person",
		"@id": absolute(siteUrl, diplomatPath(diplomat.id)),
		url: absolute(siteUrl, diplomatPath(diplomat.id)),
		name: westernName(diplomat.name),
		givenName: diplomat.name.given,
		familyName: diplomat.name.family,
		alternateName: [officialName(diplomat.name), ...(diplomat.name.native ? [diplomat.name.native] : [])],
		nationality: { "@type": "Country", name: countryName(diplomat.country) ?? diplomat.country },
		...(current ? { jobTitle: current.title } : {}),
		hasOccupation: diplomat.offices.map((office) => ({
			"@type": "Role",
			roleName: office.title,
			startDate: office.start,
			...(office.end ? { endDate: office.end } : {}),
		})),
	};
}

/**
 * An Event for a meeting: who, when, where, and the occasion it was part of.
 * @example event(meeting, { siteUrl, parties, occasion }).startDate; // "2021-06-29"
 */
export function event(
	meeting: Meeting,
	context: { siteUrl: string; name: string; parties: PartyView[]; occasion?: Occasion },
): StructuredData {
	const date = meeting.date ? isoFuzzyDate(meeting.date) : context.occasion?.start;
	const online = meeting.format === "phone" || meeting.format === "video";
	const place = meeting.place ?? context.occasion?.place;
	return {
		"@context": "https://schema.org",
		"@type": "Event",
		"@id": absolute(context.siteUrl, meetingPath(meeting.id)),
		url: absolute(context.siteUrl, meetingPath(meeting.id)),
		name: context.name,
		description: `${FORMAT_WORDS[meeting.format]}${meeting.topics.length ? `: ${meeting.topics.join(", ")}` : ""}`,
		...(date ? { startDate: date } : {}),
		eventStatus:
			meeting.status === "cancelled"
				? "https://schema.org/EventCancelled"
				: "https://schema.org/EventScheduled",
		eventAttendanceMode: online
			? "https://schema.org/OnlineEventAttendanceMode"
			: meeting.format === "hybrid"
				? "https://schema.org/MixedEventAttendanceMode"
				: "https://schema.org/OfflineEventAttendanceMode",
		location: online
			? { "@type": "VirtualLocation", name: FORMAT_WORDS[meeting.format] }
			: place
				? {
						"@type": "Place",
						name:
							[place.venue, place.city].filter(Boolean).join(", ") ||
							(countryName(place.country) ?? place.country),
						address: {
							"@type": "PostalAddress",
							...(place.city ? { addressLocality: place.city } : {}),
							addressCountry: place.country,
						},
					}
				: { "@type": "Place", name: "Not reported" },
		attendee: context.parties.map((party) => ({
			"@type": party.href ? "Person" : "Organization",
			name: party.name,
			...(party.href ? { url: absolute(context.siteUrl, party.href) } : {}),
		})),
		...(context.occasion
			? { superEvent: { "@type": "Event", name: context.occasion.name, startDate: context.occasion.start } }
			: {}),
	};
}
