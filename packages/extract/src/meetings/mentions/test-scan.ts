import { PeopleBook } from "../people.js";
import { type Mention, MentionScan } from "./scan.js";

/** A scan of one sentence with an empty registry, on 2024-03-15, for testing one reader. */
export const scanOf = (sentence: string, book = new PeopleBook([], "2024-03-15")) =>
	new MentionScan(sentence, book);

/** How a test shows mentions: a person as name/country/title, a delegation by country, other kinds by text. */
export function shown(scan: MentionScan): string[] {
	return [...scan.mentions]
		.sort((a, b) => a.start - b.start)
		.map((mention: Mention) => {
			const text = scan.sentence.slice(mention.start, mention.end);
			switch (mention.kind) {
				case "person":
					return `person ${mention.person.printed} (${mention.person.country ?? "?"}, ${mention.person.title ?? "-"})`;
				case "delegation":
					return `delegation ${mention.country}`;
				default:
					return `${mention.kind} ${text}`;
			}
		});
}
