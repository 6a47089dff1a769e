import { type Article, bodyText, type EvidenceSpan } from "@sidelines/domain";

/** A run of a paragraph's text, marked when it is evidence for the meeting under review. */
interface EvidenceRun {
	text: string;
	marked: boolean;
}

/** One paragraph (body block) of the article that holds evidence, cut into marked and plain runs. */
export interface EvidenceParagraph {
	block: number;
	runs: EvidenceRun[];
}

/**
 * The paragraphs of an article that hold a meeting's evidence, each cut into runs so the page can
 * mark the evidence as text (never as HTML). Spans are offsets into `bodyText(article)`, whose
 * blocks are joined by a blank line; spans outside the text are ignored.
 * @example
 * evidenceParagraphs({ body: [{ type: "paragraph", text: "A met B." }] }, [{ start: 2, end: 7 }]);
 * // [{ block: 0, runs: [{ text: "A ", marked: false }, { text: "met B", marked: true }, { text: ".", marked: false }] }]
 */
export function evidenceParagraphs(
	article: Pick<Article, "body">,
	spans: readonly Pick<EvidenceSpan, "start" | "end">[],
): EvidenceParagraph[] {
	const paragraphs: EvidenceParagraph[] = [];
	let offset = 0;
	article.body.forEach((block, index) => {
		const text = bodyText({ body: [block] });
		const start = offset;
		const end = start + text.length;
		offset = end + 2;
		const inside = spans
			.map((span) => ({ from: Math.max(span.start, start) - start, to: Math.min(span.end, end) - start }))
			.filter((span) => span.to > span.from)
			.sort((a, b) => a.from - b.from);
		if (inside.length === 0) return;
		const runs: EvidenceRun[] = [];
		let at = 0;
		for (const span of inside) {
			const from = Math.max(span.from, at);
			if (from > at) runs.push({ text: text.slice(at, from), marked: false });
			if (span.to > from) runs.push({ text: text.slice(from, span.to), marked: true });
			at = Math.max(at, span.to);
		}
		if (at < text.length) runs.push({ text: text.slice(at), marked: false });
		paragraphs.push({ block: index, runs });
	});
	return paragraphs;
}
