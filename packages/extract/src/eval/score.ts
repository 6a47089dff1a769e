import { foldName } from "@sidelines/domain";
import { PARTICLES } from "../meetings/names.js";
import { maxWeightAssignment } from "./assignment.js";

/** A meeting as the scorer reads it: the gold shape (extra fields are ignored). */
export interface ScoredMeeting {
	status: string;
	participants: Array<{ name: string | null; country: string | null }>;
	date: string | null;
	place: { city: string | null; country: string | null } | null;
	format: string;
	/** Where the text reports it: a gold span of the raw text, or the extractor's spans with their text. */
	evidence?: { start: number; end: number } | Array<{ start: number; end: number; text?: string }>;
}

/** One text's meetings, gold or predicted, identified by the text id. */
export interface ScoredText {
	id: string;
	meetings: ScoredMeeting[];
}

/** Scores for one text. */
export interface TextScore {
	id: string;
	gold: number;
	predicted: number;
	matched: number;
	negative: boolean;
	falsePositives: number;
	dates: { right: number; scored: number };
	places: { right: number; scored: number };
	formats: { right: number; scored: number };
	/** Index of the predicted held meeting paired with each gold held meeting, or -1. */
	pairs: number[];
	/** The fields scored wrong on each matched pair (gold held index), for showing what to fix. */
	wrongFields: Array<{ gold: number; fields: Array<"date" | "place" | "format"> }>;
}

/** The result of `scoreExtraction`. Accuracies with nothing to score are 1. */
export interface ExtractionScore {
	precision: number;
	recall: number;
	f1: number;
	dateAccuracy: number;
	placeAccuracy: number;
	formatAccuracy: number;
	texts: number;
	negatives: number;
	/** Held meetings predicted on texts whose gold has no meeting at all. */
	falsePositivesOnNegatives: number;
	perText: TextScore[];
}

// Name particles as they look once folded ("Ó" -> "o"), so they compare with folded gold names.
const FOLDED_PARTICLES = new Set([...PARTICLES].map(foldName));

/** The family name of a gold "Given Family" name: the last word with the particles before it ("Di Maio"). */
export function goldFamily(name: string): string {
	const words = foldName(name).split(" ").filter(Boolean);
	let start = words.length - 1;
	while (start > 0 && FOLDED_PARTICLES.has(words[start - 1] ?? "")) start--;
	return words.slice(start).join(" ");
}

/** Whether a predicted name contains the gold family name as whole words, ignoring case, accents and punctuation. */
export function nameMatches(goldName: string, predictedName: string | null): boolean {
	if (!predictedName) return false;
	const family = goldFamily(goldName);
	return family.length > 0 && ` ${foldName(predictedName)} `.includes(` ${family} `);
}

/** Whether the participants of two meetings pair up one to one. */
function participantsPair(gold: ScoredMeeting, predicted: ScoredMeeting): boolean {
	if (gold.participants.length !== predicted.participants.length) return false;
	const weights = gold.participants.map((g) =>
		predicted.participants.map((p) =>
			g.name ? (nameMatches(g.name, p.name) ? 1 : 0) : p.country !== null && p.country === g.country ? 1 : 0,
		),
	);
	const pairs = maxWeightAssignment(weights);
	return pairs.every((column) => column >= 0);
}

const dateRight = (gold: string, predicted: string | null) =>
	predicted !== null && predicted.length >= gold.length && predicted.slice(0, gold.length) === gold;

function placeRight(gold: ScoredMeeting["place"], predicted: ScoredMeeting["place"]): boolean {
	if (!gold?.country) return !predicted?.country;
	if (!predicted || predicted.country !== gold.country) return false;
	return !gold.city || (predicted.city !== null && foldName(predicted.city) === foldName(gold.city));
}

function scoreText(gold: ScoredText, predicted: ScoredText | undefined): TextScore {
	const goldHeld = gold.meetings.filter((meeting) => meeting.status === "held");
	const predictedHeld = (predicted?.meetings ?? []).filter((meeting) => meeting.status === "held");
	// Pairing weight: a match counts most; agreeing facts break ties so the best total pairing wins.
	const weights = goldHeld.map((g) =>
		predictedHeld.map((p) => {
			if (!participantsPair(g, p)) return 0;
			let weight = 100;
			if (g.date !== null && dateRight(g.date, p.date)) weight += 1;
			if (placeRight(g.place, p.place)) weight += 1;
			if (g.format !== "unknown" && g.format === p.format) weight += 1;
			return weight;
		}),
	);
	const pairs = maxWeightAssignment(weights);
	const score: TextScore = {
		id: gold.id,
		gold: goldHeld.length,
		predicted: predictedHeld.length,
		matched: 0,
		negative: gold.meetings.length === 0,
		falsePositives: gold.meetings.length === 0 ? predictedHeld.length : 0,
		dates: { right: 0, scored: 0 },
		places: { right: 0, scored: 0 },
		formats: { right: 0, scored: 0 },
		pairs,
		wrongFields: [],
	};
	pairs.forEach((column, row) => {
		const g = goldHeld[row];
		const p = predictedHeld[column];
		if (!g || !p) return;
		score.matched++;
		const wrong: Array<"date" | "place" | "format"> = [];
		if (g.date !== null) {
			score.dates.scored++;
			if (dateRight(g.date, p.date)) score.dates.right++;
			else wrong.push("date");
		}
		score.places.scored++;
		if (placeRight(g.place, p.place)) score.places.right++;
		else wrong.push("place");
		if (g.format !== "unknown") {
			score.formats.scored++;
			if (g.format === p.format) score.formats.right++;
			else wrong.push("format");
		}
		if (wrong.length > 0) score.wrongFields.push({ gold: row, fields: wrong });
	});
	return score;
}

const ratio = (right: number, total: number) => (total === 0 ? 1 : right / total);

/**
 * Scores predicted meetings against gold annotations by the rules of the extraction README: detection on
 * held meetings (participants paired by family name, or by country when gold names nobody; meetings paired
 * one to one for the best total), then date (at gold precision, skipped when gold is null), place (country,
 * and city where gold has one; a null gold place is right only when nothing is predicted) and format
 * (skipped when gold is unknown) on matched meetings, and false positives on texts with no gold meeting.
 * Texts are paired by id; a text with no prediction predicts nothing.
 * @example scoreExtraction([{ id: "a", meetings: [] }], [{ id: "a", meetings: [] }]).f1; // 1
 */
export function scoreExtraction(
	gold: readonly ScoredText[],
	predicted: readonly ScoredText[],
): ExtractionScore {
	const perText = gold.map((text) =>
		scoreText(
			text,
			predicted.find((candidate) => candidate.id === text.id),
		),
	);
	const sum = (pick: (score: TextScore) => number) =>
		perText.reduce((total, score) => total + pick(score), 0);
	const matched = sum((score) => score.matched);
	const precision = ratio(
		matched,
		sum((score) => score.predicted),
	);
	const recall = ratio(
		matched,
		sum((score) => score.gold),
	);
	return {
		precision,
		recall,
		f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
		dateAccuracy: ratio(
			sum((score) => score.dates.right),
			sum((score) => score.dates.scored),
		),
		placeAccuracy: ratio(
			sum((score) => score.places.right),
			sum((score) => score.places.scored),
		),
		formatAccuracy: ratio(
			sum((score) => score.formats.right),
			sum((score) => score.formats.scored),
		),
		texts: perText.length,
		negatives: perText.filter((score) => score.negative).length,
		falsePositivesOnNegatives: sum((score) => score.falsePositives),
		perText,
	};
}
