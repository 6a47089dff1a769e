import { isListItem, listItemMeeting } from "../listed-meetings.js";
import type { ExtractionState, SentenceReading } from "./state.js";

/**
 * Stage 6 for numbered items: while a meeting reported with its subject alone is open ("the leaders the president
 * met"), an item with no trigger of its own ("3. Prime Minister A of B.") adds the subject's meeting with the
 * item's person, in the list's date and format, placed where the story is when the list gave no place.
 * @example addListedMeeting(state, reading); state.drafts.at(-1)?.parties.length; // 2
 */
export function addListedMeeting(state: ExtractionState, reading: SentenceReading): void {
	const head = state.listHead;
	if (!head || reading.triggers.length > 0 || !isListItem(reading.sentence.text)) return;
	const item = listItemMeeting(head, reading.mentions, reading.evidence, state.book);
	if (!item) return;
	if (!state.usedHeads.includes(head)) state.usedHeads.push(head);
	if (!item.place && (item.format === "in_person" || item.format === "hybrid") && state.contextPlace) {
		item.place = state.contextPlace;
		item.placeInherited = true;
	}
	state.drafts.push(item);
	state.lastMeeting = item;
	reading.touched.push(item);
}
