import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
	type EvaluationItem,
	evaluateExtraction,
	parseGoldFile,
	type ScoredMeeting,
	type TextDiagnosis,
} from "@sidelines/extract/eval";
import { type Command, type CommandContext, parseCommandArgs, UsageError } from "../command.js";

const USAGE = "sidelines eval <gold-dir> | sidelines eval --gold <dir> --texts <dir>";
const EVIDENCE_MAX = 200;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function goldFilesIn(directory: string): Promise<string[]> {
	let names: string[];
	try {
		names = (await readdir(directory)).filter((name) => name.endsWith(".gold.json")).sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Error(
			code === "ENOENT" ? `no such directory: ${directory}` : `cannot read ${directory} (${code ?? "error"})`,
		);
	}
	if (names.length === 0) throw new Error(`${directory} has no *.gold.json files`);
	return names;
}

/**
 * Reads the gold files of `goldDir` with their texts: beside each gold file (the dev-set layout), or in
 * `textsDir` as `<id>.txt` (texts kept outside the repository, such as real-dev's).
 */
async function readItems(goldDir: string, textsDir: string | undefined): Promise<EvaluationItem[]> {
	const names = await goldFilesIn(goldDir);
	const missing: string[] = [];
	const items = await Promise.all(
		names.map(async (name) => {
			const goldPath = path.join(goldDir, name);
			let gold: ReturnType<typeof parseGoldFile>;
			try {
				gold = parseGoldFile(await readFile(goldPath, "utf8"), name.replace(/\.gold\.json$/, ""));
			} catch (error) {
				throw new Error(`${goldPath}: ${error instanceof Error ? error.message : String(error)}`);
			}
			const textPath = textsDir
				? path.join(textsDir, path.basename(gold.file))
				: path.resolve(path.dirname(goldPath), gold.file);
			const raw = await readFile(textPath, "utf8").catch(() => {
				missing.push(textsDir ? path.basename(gold.file) : `${goldPath}: ${gold.file}`);
				return "";
			});
			return { id: gold.id, raw, published: gold.published, meetings: gold.meetings };
		}),
	);
	if (missing.length > 0) {
		const where = textsDir ? ` in ${textsDir}` : "";
		throw new Error(`${missing.length} text file(s) not found${where}: ${missing.slice(0, 5).join(", ")}`);
	}
	return items;
}

const oneLine = (text: string) => (text.length > EVIDENCE_MAX ? `${text.slice(0, EVIDENCE_MAX - 1)}…` : text);

function describeMeeting(meeting: ScoredMeeting): string {
	const who = meeting.participants.map((party) => party.name ?? party.country ?? "?").join(" + ");
	const place = meeting.place?.country
		? [meeting.place.city, meeting.place.country].filter(Boolean).join(", ")
		: "";
	return [who, meeting.date ?? "", place, meeting.format === "unknown" ? "" : meeting.format]
		.filter(Boolean)
		.join(" · ");
}

function details(diagnosis: TextDiagnosis, warnings: string[], error: string | undefined): string[] {
	const lines: string[] = [];
	const item = (label: string, text: string, evidence?: string) => {
		lines.push(`  ${label.padEnd(9)} ${text}`);
		if (evidence) lines.push(`            “${oneLine(evidence)}”`);
	};
	if (error) item("error", error);
	for (const { meeting, evidence } of diagnosis.missed) item("missed", describeMeeting(meeting), evidence);
	for (const { meeting, evidence } of diagnosis.invented)
		item("invented", describeMeeting(meeting), evidence);
	for (const { gold, fields, evidence } of diagnosis.wrong) {
		const wrong = fields.map((field) => `${field.field} ${field.predicted} (gold ${field.gold})`).join("; ");
		item("wrong", `${describeMeeting(gold)}: ${wrong}`, evidence);
	}
	for (const warning of warnings) item("warning", warning);
	return lines;
}

async function run({ args, stdout, stderr }: CommandContext): Promise<number> {
	const { values, positionals } = parseCommandArgs(
		args,
		{ gold: { type: "string" }, texts: { type: "string" } },
		USAGE,
	);
	const goldDir = values.gold ?? positionals[0];
	if (!goldDir || positionals.length > (values.gold ? 0 : 1))
		throw new UsageError(`expected one gold directory (usage: ${USAGE})`);
	if (values.texts !== undefined && values.gold === undefined)
		throw new UsageError(`--texts goes with --gold (usage: ${USAGE})`);
	const items = await readItems(goldDir, values.texts);
	const { score, predictions, diagnoses } = evaluateExtraction(items);
	for (const [index, text] of score.perText.entries()) {
		const cell = (part: { right: number; scored: number }) =>
			part.scored === 0 ? "-" : `${part.right}/${part.scored}`;
		const prediction = predictions[index];
		const diagnosis = diagnoses[index];
		stdout.write(
			`${text.id}  gold ${text.gold}  predicted ${text.predicted}  matched ${text.matched}  date ${cell(text.dates)}  place ${cell(text.places)}  format ${cell(text.formats)}${text.falsePositives ? "  FALSE POSITIVE" : ""}\n`,
		);
		if (diagnosis) {
			for (const line of details(diagnosis, prediction?.warnings ?? [], prediction?.error))
				stdout.write(`${line}\n`);
		}
	}
	stderr.write(
		`precision ${percent(score.precision)}, recall ${percent(score.recall)}, F1 ${percent(score.f1)}; date ${percent(score.dateAccuracy)}, place ${percent(score.placeAccuracy)}, format ${percent(score.formatAccuracy)}; ${score.negatives} negatives, ${score.falsePositivesOnNegatives} false positives on them\n`,
	);
	const { perText: _perText, ...summary } = score;
	stdout.write(`${JSON.stringify(summary)}\n`);
	return 0;
}

/** `sidelines eval`: scores the extractor against gold annotations and shows, per text, what to fix. */
export const evalCommand: Command = {
	name: "eval",
	summary:
		"Score meeting extraction against gold files (*.gold.json): per text what was missed, invented or wrong",
	usage: USAGE,
	run,
};
