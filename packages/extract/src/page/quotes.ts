import type { BodyBlock } from "@sidelines/domain";

const WHOLE_QUOTE =
	/^[“"]([^“”"]+)[”"]\s*(?:,?\s*(?:said|says|added|wrote|tweeted)\s+([^,.]{2,80})|,?\s*([^,.]{2,80}?)\s+(?:said|says|added|wrote|tweeted))?\.?$/u;

/**
 * Turns a paragraph into a body block. Only a paragraph that is one quotation from start to end
 * (optionally followed by a short "X said") becomes a quote block, with the speaker taken from the
 * attribution. A paragraph that merely contains a quotation ("sharing how he “was very pleased...”")
 * stays a paragraph, because the framing words carry who said it and in what context.
 */
export function toBodyBlock(paragraph: string): BodyBlock {
	const match = WHOLE_QUOTE.exec(paragraph.trim());
	if (!match?.[1]) return { type: "paragraph", text: paragraph };
	const speaker = (match[2] ?? match[3])?.trim();
	const text = `“${match[1].trim().replace(/,$/, "")}”`;
	return speaker ? { type: "quote", text, speaker } : { type: "quote", text };
}
