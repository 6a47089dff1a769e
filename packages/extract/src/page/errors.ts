/** Why a page could not be read: the input itself, not a bug in the parser. */
export type PageParseReason =
	| "empty"
	| "binary"
	| "too-large"
	| "not-english"
	| "no-headline"
	| "no-body"
	| "no-date"
	| "invalid";

/**
 * Thrown by `parsePage` when the input cannot become an article; `message` is one line for a user.
 * @example try { parsePage(""); } catch (error) { if (error instanceof PageParseError) console.log(error.reason); } // "empty"
 */
export class PageParseError extends Error {
	override readonly name = "PageParseError";
	constructor(
		readonly reason: PageParseReason,
		message: string,
	) {
		super(message.split("\n")[0]);
	}
}
