/** A sentence of the body text with its character offsets. */
export interface Sentence {
	text: string;
	start: number;
	end: number;
	/** Index of the paragraph (block) it belongs to. */
	paragraph: number;
}

const ABBREVIATIONS =
	/(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr|Prof|No|Nos|vs|etc|approx|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec|Gov|Amb)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$/;

/** "3." opening a line: the number of a list item, which belongs to the item. */
const LIST_NUMBER = /(?:^|\n)\s*\d{1,2}\.$/;

/**
 * Splits text into sentences, keeping offsets. Paragraph breaks always end a sentence; a full stop after
 * an abbreviation or an initial ("U.S.", "S. Jaishankar", "Mr.") does not.
 * @example splitSentences("They met. He left.").map((s) => s.text); // ["They met.", "He left."]
 */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let paragraph = 0;
	const paragraphPattern = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
	for (let block = paragraphPattern.exec(text); block; block = paragraphPattern.exec(text)) {
		const blockText = block[0];
		const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])/gu;
		let from = 0;
		for (let match = boundary.exec(blockText); match; match = boundary.exec(blockText)) {
			const cut = match.index + match[0].length;
			const candidate = blockText.slice(from, cut);
			if (
				match[0].startsWith(".") &&
				(ABBREVIATIONS.test(blockText.slice(Math.max(0, cut - 12), match.index + 1)) ||
					LIST_NUMBER.test(candidate))
			)
				continue;
			pushTrimmed(sentences, candidate, block.index + from, paragraph);
			from = cut;
		}
		pushTrimmed(sentences, blockText.slice(from), block.index + from, paragraph);
		paragraph++;
	}
	return sentences;
}

function pushTrimmed(sentences: Sentence[], text: string, offset: number, paragraph: number): void {
	const lead = text.length - text.trimStart().length;
	const trimmed = text.trim();
	if (trimmed === "") return;
	sentences.push({ text: trimmed, start: offset + lead, end: offset + lead + trimmed.length, paragraph });
}
