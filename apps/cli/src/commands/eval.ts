import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type EvaluationItem, evaluateExtraction, parseGoldFile } from "@sidelines/extract";
import { type Command, type CommandContext, parseCommandArgs, UsageError } from "../command.js";

const USAGE = "sidelines eval <gold-dir>";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function readItems(directory: string): Promise<EvaluationItem[]> {
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
	return Promise.all(
		names.map(async (name) => {
			const goldPath = path.join(directory, name);
			let gold: ReturnType<typeof parseGoldFile>;
			try {
				gold = parseGoldFile(await readFile(goldPath, "utf8"), name.replace(/\.gold\.json$/, ""));
			} catch (error) {
				throw new Error(`${goldPath}: ${error instanceof Error ? error.message : String(error)}`);
			}
			const textPath = path.resolve(path.dirname(goldPath), gold.file);
			const raw = await readFile(textPath, "utf8").catch(() => {
				throw new Error(`${goldPath}: text file ${gold.file} not found`);
			});
			return { id: gold.id, raw, published: gold.published, meetings: gold.meetings };
		}),
	);
}

async function run({ args, stdout, stderr }: CommandContext): Promise<number> {
	const { positionals } = parseCommandArgs(args, {}, USAGE);
	const [directory, ...extra] = positionals;
	if (!directory || extra.length > 0) throw new UsageError(`expected one directory\nusage: ${USAGE}`);
	const items = await readItems(directory);
	const { score, predictions } = evaluateExtraction(items);
	const width = Math.max(4, ...score.perText.map((text) => text.id.length));
	stderr.write(`${"text".padEnd(width)}  gold  pred  match  date   place  format\n`);
	for (const text of score.perText) {
		const cell = (part: { right: number; scored: number }) =>
			(part.scored === 0 ? "-" : `${part.right}/${part.scored}`).padEnd(5);
		const error = predictions.find((prediction) => prediction.id === text.id)?.error;
		stderr.write(
			`${text.id.padEnd(width)}  ${String(text.gold).padStart(4)}  ${String(text.predicted).padStart(4)}  ${String(text.matched).padStart(5)}  ${cell(text.dates)}  ${cell(text.places)}  ${cell(text.formats)}${text.falsePositives ? "  false positive" : ""}${error ? `  error: ${error}` : ""}\n`,
		);
	}
	stderr.write(
		`precision ${percent(score.precision)}, recall ${percent(score.recall)}, F1 ${percent(score.f1)}; date ${percent(score.dateAccuracy)}, place ${percent(score.placeAccuracy)}, format ${percent(score.formatAccuracy)}; ${score.negatives} negatives, ${score.falsePositivesOnNegatives} false positives on them\n`,
	);
	const { perText: _perText, ...summary } = score;
	stdout.write(`${JSON.stringify(summary)}\n`);
	return 0;
}

/** `sidelines eval`: scores the extractor against a directory of gold annotations. */
export const evalCommand: Command = {
	name: "eval",
	summary: "Score meeting extraction against gold files (*.gold.json) in a directory",
	usage: USAGE,
	run,
};
