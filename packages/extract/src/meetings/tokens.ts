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
		const code = value.charCodeAt(0);
		// ASCII first letters decide without a Unicode property test.
		const ascii = code < 128;
		const upper = ascii ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(value);
		const word = ascii
			? upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
			: /^[\p{L}\p{M}\p{N}]/u.test(value);
		const lower = value.toLowerCase();
		tokens.push({
			text: value,
			lower,
			start: match.index,
			end: match.index + value.length,
			capital: upper,
			allCaps:
				upper &&
				value.length >= 2 &&
				lower !== value &&
				/^[\p{Lu}\p{M}'’-]{2,}$/u.test(value) &&
				/\p{Lu}{2}/u.test(value),
			word,
		});
	}
	return tokens;
}
