import type { Duration } from "@sidelines/domain";

const NUMBERS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	"twenty-five": 25,
	thirty: 30,
	forty: 40,
	"forty-five": 45,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
};
const NUMBER =
	"(\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty(?:-five)?|thirty|forty(?:-five)?|fifty|sixty|seventy|eighty|ninety)";
const APPROX =
	"(about|around|roughly|some|nearly|almost|approximately|more than|over|just over|just under|less than|under)?";
const VERBS = "(?:for|lasted|lasting|ran for|running|spent|took)";

const PHRASES: RegExp[] = [
	new RegExp(`\\b${VERBS}\\s+${APPROX}\\s*${NUMBER}\\s+(hours?|minutes?)(\\s+and\\s+a\\s+half)?`, "gi"),
	new RegExp(
		`\\b${VERBS}\\s+${APPROX}\\s*(half\\s+an\\s+hour|an\\s+hour\\s+and\\s+a\\s+half|one\\s+and\\s+a\\s+half\\s+hours)`,
		"gi",
	),
	new RegExp(
		`\\b${APPROX}\\s*(\\d+|[a-z-]+)[- ](minute|hour)(?:-long)?\\s+(?:meeting|talks|call|conversation|session|phone call|video call|discussion)`,
		"gi",
	),
	/\b(hour-long|half-hour)\s+(?:meeting|talks|call|conversation|session)/gi,
];

const UNIT = /minute|hour/i;

function toNumber(word: string): number | undefined {
	const lower = word.toLowerCase();
	if (/^\d/.test(lower)) return Number(lower);
	return NUMBERS[lower];
}

/** A duration found in text, with where it is. */
export interface DurationPhrase {
	start: number;
	end: number;
	duration: Duration;
}

/**
 * Finds "for 20 minutes", "for about an hour" (approximate), "a 45-minute meeting", "lasted nearly 90 minutes".
 * @example findDurations("held talks for about an hour")[0]?.duration; // { minutes: 60, approximate: true }
 */
export function findDurations(text: string): DurationPhrase[] {
	const found: DurationPhrase[] = [];
	// Every phrase names minutes or hours: most sentences need no search.
	if (!UNIT.test(text)) return found;
	for (const pattern of PHRASES) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const whole = match[0].toLowerCase();
			let minutes: number | undefined;
			let approximate = false;
			if (/hour-long/.test(whole)) minutes = 60;
			else if (/half-hour|half an hour/.test(whole)) minutes = 30;
			else if (/an hour and a half|one and a half hours/.test(whole)) minutes = 90;
			else {
				const amount = toNumber(match[2] ?? "");
				const unit = (match[3] ?? "").toLowerCase();
				if (amount !== undefined) minutes = Math.round(unit.startsWith("hour") ? amount * 60 : amount);
				if (minutes !== undefined && match[4]) minutes += 30;
			}
			approximate =
				Boolean(match[1]) ||
				/\b(about|around|roughly|some|nearly|almost|approximately|more than|over|under)\b/.test(whole);
			if (minutes === undefined || minutes < 1 || minutes > 7 * 24 * 60) continue;
			const start = match.index;
			const end = match.index + match[0].length;
			if (found.some((other) => start < other.end && other.start < end)) continue;
			found.push({ start, end, duration: { minutes, approximate } });
		}
	}
	return found;
}
