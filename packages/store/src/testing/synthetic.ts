import type { Article, Diplomat, Meeting, Occasion, Section } from "@sidelines/domain";
import { shortCode } from "@sidelines/domain";
import { random, textWriter } from "./synthetic-text.js";

/** How much synthetic data to make, and from which seed. */
export interface SyntheticOptions {
	seed: number;
	articles: number;
	diplomats: number;
	meetings: number;
	/** Occasions to spread meetings over (default 1 per 100 meetings, at least 1). */
	occasions?: number;
	/** Serial of the first article (default 1), to add synthetic articles to a store that has some. */
	firstSerial?: number;
}

/** Synthetic records, ready for `store.bulkInsert`. */
export interface SyntheticData {
	sections: Section[];
	occasions: Occasion[];
	diplomats: Diplomat[];
	articles: Article[];
	meetings: Meeting[];
}

const COUNTRIES = [
	"JP",
	"US",
	"GB",
	"IT",
	"FR",
	"DE",
	"CN",
	"KR",
	"IN",
	"BR",
	"CA",
	"AU",
	"MX",
	"ZA",
	"SA",
	"TR",
	"ID",
	"AR",
	"EG",
	"NG",
];
const TAGS = Array.from({ length: 40 }, (_, index) => `topic-${index}`);
const SECTIONS: Section[] = [
	{ slug: "world", name: "World" },
	{ slug: "asia", name: "Asia" },
	{ slug: "europe", name: "Europe" },
	{ slug: "americas", name: "Americas" },
];
const OFFSETS = ["Z", "+09:00", "-05:00", "+01:00", "+05:30"];
const ZONES = ["UTC", "Asia/Tokyo", "America/New_York", "Europe/Rome", "Asia/Kolkata"];

const pad = (value: number, width = 2) => String(value).padStart(width, "0");
const GATHERINGS = ["summit", "forum", "ministers' meeting", "conference", "dialogue", "general assembly"];

/**
 * Deterministic synthetic records for tests and benchmarks: invented people, places and news-like text of
 * realistic lengths (headlines of about 8 words, bodies of about 400 in several paragraphs) drawn from a
 * Zipf-distributed vocabulary of 30,000 made-up words (see `synthetic-text.ts`). Same options, same records;
 * 100,000 articles take seconds.
 * @example await store.bulkInsert(generateSynthetic({ seed: 1, articles: 1000, diplomats: 200, meetings: 2000 }));
 */
export function generateSynthetic(options: SyntheticOptions): SyntheticData {
	const rng = random(options.seed);
	const text = textWriter(rng);
	const givenNames = Array.from({ length: 1_500 }, () => text.name());
	const familyNames = Array.from({ length: 6_000 }, () => text.name());
	const places = Array.from({ length: 2_000 }, () => ({ city: text.name(), country: rng.pick(COUNTRIES) }));

	const occasionCount = options.occasions ?? Math.max(1, Math.floor(options.meetings / 100));
	const occasions: Occasion[] = Array.from({ length: occasionCount }, (_, index) => {
		const year = 2015 + (index % 11);
		const day = `${year}-${pad((index % 12) + 1)}-${pad((index % 27) + 1)}`;
		const place = rng.pick(places);
		return {
			id: `syn-occ-${index}`,
			version: 1,
			slug: `synthetic-gathering-${index}`,
			name: `${place.city} ${rng.pick(GATHERINGS)} ${year}`,
			place: { ...place },
			start: day,
		};
	});

	const diplomats: Diplomat[] = Array.from({ length: options.diplomats }, (_, index) => {
		const country = rng.pick(COUNTRIES);
		const familyFirst = country === "JP" || country === "CN" || country === "KR";
		const start = 2010 + rng.int(10);
		return {
			id: `syn-dip-${index}`,
			version: 1,
			name: {
				given: rng.pick(givenNames),
				family: rng.pick(familyNames),
				order: familyFirst ? "family-first" : "given-first",
				aliases: [],
			},
			country,
			offices: [
				{
					title: "Minister of Synthetic Affairs",
					kind: "foreign-minister",
					country,
					start: `${start}-01-01`,
				},
			],
			handles: [],
		};
	});

	const articles: Article[] = Array.from({ length: options.articles }, (_, index) => {
		const minutes = index * 17 + rng.int(15);
		const when = new Date(Date.UTC(2016, 0, 1) + minutes * 60_000);
		const zone = rng.int(OFFSETS.length);
		const offset = OFFSETS[zone] as string;
		const local = new Date(when.getTime() + offsetMinutes(offset) * 60_000).toISOString().slice(0, 19);
		const mentioned =
			options.diplomats > 0
				? [...new Set(Array.from({ length: 1 + rng.int(3) }, () => rng.int(options.diplomats)))]
				: [];
		const people = mentioned.map((d) => diplomats[d] as Diplomat);
		const place = rng.pick(places);
		const names = [...people.map((person) => `${person.name.given} ${person.name.family}`), place.city];
		const meeting = options.meetings > 0 ? [`syn-mtg-${rng.int(options.meetings)}`] : [];
		const body: Article["body"] = text
			.paragraphs(rng.around(21, 0.5, 4, 90), names)
			.map((paragraph) => ({ type: "paragraph", text: paragraph }));
		const speaker = people[0];
		if (speaker && rng.int(3) === 0) {
			const quote = { type: "quote", text: text.sentence(), speakerId: speaker.id } as const;
			body.splice(1 + rng.int(body.length), 0, { ...quote, speaker: speaker.name.family });
		}
		return {
			id: `syn-art-${index}`,
			version: 1,
			shortCode: shortCode(index + (options.firstSerial ?? 1)),
			slug: `synthetic-article-${index}`,
			headline: text.headline([...people.slice(0, 2).map((person) => person.name.family), place.city]),
			standfirst: text.sentence(names.slice(0, 2)),
			section: (SECTIONS[index % SECTIONS.length] as Section).slug,
			tags: [...new Set([rng.pick(TAGS), rng.pick(TAGS)])],
			language: "en",
			publishedAt: `${local}${offset}`,
			zone: ZONES[zone] as string,
			body,
			mentions: { diplomats: mentioned.map((d) => `syn-dip-${d}`), meetings: meeting },
			translations: [],
			status: index % 10 === 9 ? "draft" : "published",
		};
	});

	const meetings: Meeting[] = Array.from({ length: options.meetings }, (_, index) => {
		const a = rng.int(options.diplomats);
		let b = rng.int(options.diplomats - 1);
		if (b >= a) b += 1;
		const kind = rng.int(10);
		const year = 2015 + rng.int(11);
		const month = 1 + rng.int(12);
		const date: Meeting["date"] =
			kind === 0
				? null
				: kind === 1
					? { year, month, qualifier: "late", precision: "month" }
					: { year, month, day: 1 + rng.int(28), precision: "day" };
		const participants: Meeting["participants"] = [
			{ kind: "diplomat", diplomatId: `syn-dip-${a}` },
			{ kind: "diplomat", diplomatId: `syn-dip-${b}` },
		];
		if (rng.int(8) === 0)
			participants.push({
				kind: "delegation",
				country: rng.pick(COUNTRIES),
				description: "synthetic delegation",
			});
		const format = rng.pick(["in_person", "phone", "video", "unknown"] as const);
		const meeting: Meeting = {
			id: `syn-mtg-${index}`,
			version: 1,
			participants,
			date,
			format,
			topics: Array.from({ length: 1 + rng.int(3) }, () => `${text.word(20)} ${text.word(20)}`),
			status: rng.int(20) === 0 ? "planned" : "held",
			sources: [],
			review: rng.int(10) === 0 ? "proposed" : "confirmed",
		};
		if (format === "in_person") meeting.place = { ...rng.pick(places) };
		if (rng.int(2) === 0 && occasions.length > 0) meeting.occasionId = (rng.pick(occasions) as Occasion).id;
		return meeting;
	});

	return { sections: SECTIONS, occasions, diplomats, articles, meetings };
}

function offsetMinutes(offset: string): number {
	if (offset === "Z") return 0;
	const sign = offset.startsWith("-") ? -1 : 1;
	const [hours, minutes] = offset.slice(1).split(":").map(Number) as [number, number];
	return sign * (hours * 60 + minutes);
}
