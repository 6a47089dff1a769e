/**
 * Throughput of the extractor: parsePage + extractMeetings on 10,000 synthetic texts generated
 * deterministically from templates with invented names, single process. Baselines measured side by side
 * in the same run: the same texts through a bare regex split into paragraphs, and through parsePage alone.
 * Run: npm run build -w @sidelines/extract && npx tsx bench/extract/run.ts
 */
import { extractMeetings, parsePage } from "@sidelines/extract";

const COUNT = 10_000;

function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const next = random(20260601);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const SYLLABLES = [
	"ka",
	"lo",
	"mi",
	"ren",
	"tas",
	"vo",
	"bel",
	"dun",
	"sa",
	"ri",
	"no",
	"gal",
	"ter",
	"mos",
	"fi",
	"han",
	"zu",
	"pel",
];
const word = (parts: number) => {
	const text = Array.from({ length: parts }, () => pick(SYLLABLES)).join("");
	return text.charAt(0).toUpperCase() + text.slice(1);
};
const person = () => `${word(2)} ${word(3)}`;
const COUNTRIES: Array<[string, string, string]> = [
	["Italian", "Italy", "Rome"],
	["French", "France", "Paris"],
	["Kenyan", "Kenya", "Nairobi"],
	["Chilean", "Chile", "Santiago"],
	["Polish", "Poland", "Warsaw"],
	["Thai", "Thailand", "Bangkok"],
	["Egyptian", "Egypt", "Cairo"],
	["Canadian", "Canada", "Ottawa"],
	["Mexican", "Mexico", "Mexico City"],
	["Indonesian", "Indonesia", "Jakarta"],
	["Norwegian", "Norway", "Oslo"],
	["Turkish", "Turkey", "Ankara"],
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const TOPICS = [
	"trade",
	"energy security",
	"fisheries",
	"migration",
	"climate finance",
	"rail links",
	"student exchanges",
	"cyber defence",
];
const FILLER = [
	"Trade between the two countries has grown steadily over the past decade, officials said.",
	"The ministry did not say when the next round of consultations would take place.",
	"Opposition lawmakers criticised the government for moving too slowly on the issue.",
	"Analysts said the visit was intended to signal continuity after a period of strained relations.",
];

function article(index: number): string {
	const [demonymA, , cityA] = pick(COUNTRIES);
	const [demonymB, countryB] = pick(COUNTRIES);
	const a = person();
	const b = person();
	const c = person();
	const day = 1 + (index % 27);
	const paragraphs = [
		pick([
			`${demonymA} Foreign Minister ${a} held talks with his ${demonymB} counterpart ${b} in ${cityA} on ${pick(WEEKDAYS)}.`,
			`${a}, ${countryB}'s foreign minister, spoke by phone on ${pick(WEEKDAYS)} with ${demonymB} Prime Minister ${b}.`,
			`${demonymA} Foreign Minister ${a} and ${demonymB} Foreign Minister ${b} held a video conference on March ${day}.`,
		]),
		`The two ministers discussed ${pick(TOPICS)}, ${pick(TOPICS)} and ${pick(TOPICS)} for about an hour.`,
		pick(FILLER),
		pick([
			`${a.split(" ")[1]} also met ${demonymB} Trade Minister ${c}.`,
			`${a.split(" ")[1]} will meet ${demonymB} President ${c} next week.`,
			pick(FILLER),
		]),
		pick(FILLER),
	];
	return [
		`${demonymA} and ${demonymB} ministers review ties`,
		`Thu, 28 Mar 2024 10:${String(index % 60).padStart(2, "0")}:00 +0100`,
		"",
		...paragraphs.flatMap((p) => [p, ""]),
	].join("\n");
}

const texts = Array.from({ length: COUNT }, (_, index) => article(index));

function measure(
	label: string,
	work: (text: string) => number,
): { label: string; perSecond: number; checksum: number } {
	for (const text of texts.slice(0, 500)) work(text); // warm-up
	const start = performance.now();
	let checksum = 0;
	for (const text of texts) checksum += work(text);
	const seconds = (performance.now() - start) / 1000;
	return { label, perSecond: COUNT / seconds, checksum };
}

const baseline = measure(
	"bare regex split into paragraphs",
	(text) => text.split(/\n\s*\n/).filter((part) => part.trim() !== "").length,
);
const pageOnly = measure("parsePage only", (text) => parsePage(text).body.length);
const full = measure("parsePage + extractMeetings", (text) => extractMeetings(parsePage(text)).length);

for (const result of [baseline, pageOnly, full]) {
	console.log(
		`${result.label.padEnd(34)} ${Math.round(result.perSecond).toLocaleString("en").padStart(10)} articles/s  (checksum ${result.checksum})`,
	);
}
console.log(
	`parsePage + extractMeetings: ${Math.round(full.perSecond)} articles/s = ${(full.perSecond / baseline.perSecond).toFixed(4)}x the bare regex split, ${(full.perSecond / pageOnly.perSecond).toFixed(2)}x parsePage alone (${full.checksum} meetings from ${COUNT} texts)`,
);
