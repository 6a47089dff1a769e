import type { Article, Diplomat, Meeting, Occasion, Section } from "@sidelines/domain";
import { shortCode } from "@sidelines/domain";

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

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
	return { next, int, pick };
}

const SYLLABLES = [
	"ka",
	"lo",
	"mi",
	"ren",
	"ta",
	"vos",
	"du",
	"sel",
	"ar",
	"no",
	"qui",
	"bex",
	"zan",
	"po",
	"el",
	"fi",
	"gor",
	"hu",
	"ja",
	"wen",
];
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
const WORDS = [
	"synthetic",
	"talks",
	"summit",
	"trade",
	"climate",
	"security",
	"energy",
	"ministers",
	"cooperation",
	"agreement",
	"harbour",
	"railway",
	"fisheries",
	"satellite",
	"vaccine",
	"semiconductor",
	"drought",
	"tariff",
	"border",
	"corridor",
	"observatory",
	"lighthouse",
	"orchard",
	"glacier",
	"festival",
	"archive",
	"bridge",
	"canal",
	"meadow",
	"quarry",
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

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * Deterministic synthetic records with invented names and text that says it is synthetic ("Synthetic
 * article 42 ..."), for tests and benchmarks. Same options, same records.
 * @example await store.bulkInsert(generateSynthetic({ seed: 1, articles: 1000, diplomats: 200, meetings: 2000 }));
 */
export function generateSynthetic(options: SyntheticOptions): SyntheticData {
	const rng = random(options.seed);
	const name = (parts: number) => capital(Array.from({ length: parts }, () => rng.pick(SYLLABLES)).join(""));
	const words = (count: number) => Array.from({ length: count }, () => rng.pick(WORDS)).join(" ");

	const occasionCount = options.occasions ?? Math.max(1, Math.floor(options.meetings / 100));
	const occasions: Occasion[] = Array.from({ length: occasionCount }, (_, index) => {
		const year = 2015 + (index % 11);
		const day = `${year}-${pad((index % 12) + 1)}-${pad((index % 27) + 1)}`;
		return {
			id: `syn-occ-${index}`,
			version: 1,
			slug: `synthetic-gathering-${index}`,
			name: `Synthetic gathering ${index}`,
			place: { city: name(2), country: rng.pick(COUNTRIES) },
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
				given: name(2),
				family: `${name(2)}${index}`,
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
		const subject = words(3);
		const mentioned =
			options.diplomats > 0 ? [...new Set([rng.int(options.diplomats), rng.int(options.diplomats)])] : [];
		const meeting = options.meetings > 0 ? [`syn-mtg-${rng.int(options.meetings)}`] : [];
		return {
			id: `syn-art-${index}`,
			version: 1,
			shortCode: shortCode(index + (options.firstSerial ?? 1)),
			slug: `synthetic-article-${index}`,
			headline: `Synthetic article ${index} on ${subject}`,
			standfirst: `Synthetic standfirst about ${words(6)}.`,
			section: (SECTIONS[index % SECTIONS.length] as Section).slug,
			tags: [...new Set([rng.pick(TAGS), rng.pick(TAGS)])],
			language: "en",
			publishedAt: `${local}${offset}`,
			zone: ZONES[zone] as string,
			body: [
				{ type: "paragraph", text: `Synthetic body text for article ${index}: ${words(25)}.` },
				{ type: "paragraph", text: `More synthetic text: ${words(20)}.` },
			],
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
		const meeting: Meeting = {
			id: `syn-mtg-${index}`,
			version: 1,
			participants,
			date,
			format: rng.pick(["in_person", "phone", "video", "unknown"] as const),
			topics: [words(2)],
			status: rng.int(20) === 0 ? "planned" : "held",
			sources: [],
			review: rng.int(10) === 0 ? "proposed" : "confirmed",
		};
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
