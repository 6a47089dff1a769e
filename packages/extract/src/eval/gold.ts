import type { ScoredMeeting } from "./score.js";

/** A gold annotation file: the meetings one text reports. */
export interface GoldFile {
	id: string;
	/** The text file, relative to the gold file; `<id>.txt` when the gold file names none. */
	file: string;
	/** `YYYY-MM-DD` publication day, or null. */
	published: string | null;
	meetings: ScoredMeeting[];
}

/** Thrown when a gold file does not have the documented shape. */
export class GoldFormatError extends Error {
	override readonly name = "GoldFormatError";
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads and checks a gold file's JSON (the shape of the extraction README).
 * @throws {GoldFormatError} naming the first field that is wrong.
 * @example parseGoldFile('{"id":"x","published":null,"meetings":[]}').file; // "x.txt"
 */
export function parseGoldFile(json: string, fallbackId = "gold"): GoldFile {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		throw new GoldFormatError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (!isObject(data)) throw new GoldFormatError("a gold file is a JSON object");
	if (data.file !== undefined && typeof data.file !== "string")
		throw new GoldFormatError('"file" must name the text file');
	if (
		data.published !== null &&
		data.published !== undefined &&
		(typeof data.published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(data.published))
	) {
		throw new GoldFormatError('"published" must be YYYY-MM-DD or null');
	}
	if (!Array.isArray(data.meetings)) throw new GoldFormatError('"meetings" must be an array');
	data.meetings.forEach((meeting, index) => {
		if (!isObject(meeting) || !Array.isArray(meeting.participants) || typeof meeting.status !== "string") {
			throw new GoldFormatError(`meetings[${index}] needs "status" and "participants"`);
		}
	});
	const id = typeof data.id === "string" ? data.id : fallbackId;
	return {
		id,
		file: typeof data.file === "string" ? data.file : `${id}.txt`,
		published: typeof data.published === "string" ? data.published : null,
		meetings: data.meetings as ScoredMeeting[],
	};
}
