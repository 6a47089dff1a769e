/** A word or punctuation mark of a sentence with its offsets. */
export interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
	/** Starts with an upper-case letter. */
	capital: boolean;
	/** Two or more letters, all upper case (MOTEGI, NATO). */
	allCaps: boolean;
	/** A word (letters or digits), not punctuation or a possessive. */
	word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+|['’](?!s\b)[\p{L}\p{M}\p{N}]+)*|['’]s\b|[^\s]/gu;

/**
 * Splits a sentence into words, possessive markers ("'s") and punctuation, keeping offsets.
 * @example tokenize("Kenya's minister").map((t) => t.text); // ["Kenya", "'s", "minister"]
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
		const value = match[0];
		const word = /^[\p{L}\p{M}\p{N}]/u.test(value);
		tokens.push({
			text: value,
			lower: value.toLowerCase(),
			start: match.index,
			end: match.index + value.length,
			capital: /^\p{Lu}/u.test(value),
			allCaps: word && /^[\p{Lu}\p{M}'’-]{2,}$/u.test(value) && /\p{Lu}{2}/u.test(value),
			word,
		});
	}
	return tokens;
}
