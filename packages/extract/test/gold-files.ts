import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type EvaluationItem, parseGoldFile } from "../src/eval/index.js";

/** Reads every *.gold.json of a directory with its text, as the `eval` command does. */
export function readGoldDirectory(directory: string): EvaluationItem[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory)
		.filter((name) => name.endsWith(".gold.json"))
		.sort()
		.map((name) => {
			const goldPath = path.join(directory, name);
			const gold = parseGoldFile(readFileSync(goldPath, "utf8"), name);
			const raw = readFileSync(path.resolve(directory, gold.file), "utf8");
			return { id: gold.id, raw, published: gold.published, meetings: gold.meetings };
		});
}
