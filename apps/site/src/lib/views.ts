import { compareFuzzyDates, type Diplomat, type Meeting, type Occasion } from "@sidelines/domain";
import type { Reader } from "./api.js";
import { diplomatIdsOf, meetingTitle, type PartyView, partyView } from "./meetings.js";

/** A meeting with everything its card shows: parties as readers see them and its occasion. */
export interface MeetingView {
	meeting: Meeting;
	parties: PartyView[];
	occasion?: Occasion | undefined;
	title: string;
}

/**
 * Loads the diplomats and occasions of `meetings` (each once) and builds their views.
 * @example const views = await meetingViews(reader, meetings); views[0]?.title;
 */
export async function meetingViews(reader: Reader, meetings: readonly Meeting[]): Promise<MeetingView[]> {
	const diplomats = new Map<string, Diplomat>(
		(await reader.diplomats(diplomatIdsOf(meetings))).map((diplomat) => [diplomat.id, diplomat]),
	);
	const occasionIds = [
		...new Set(meetings.flatMap((meeting) => (meeting.occasionId ? [meeting.occasionId] : []))),
	];
	const occasions = new Map(
		(await Promise.all(occasionIds.map(async (id) => [id, await reader.occasion(id)] as const))).filter(
			(entry): entry is readonly [string, Occasion] => entry[1] !== undefined,
		),
	);
	return meetings.map((meeting) => {
		const parties = meeting.participants.map((party) => partyView(party, diplomats, meeting));
		return {
			meeting,
			parties,
			occasion: meeting.occasionId ? occasions.get(meeting.occasionId) : undefined,
			title: meetingTitle(parties),
		};
	});
}

/**
 * Newest first: by the meeting's own date, else its occasion's start; undated meetings last.
 * @example views.sort(newestFirst);
 */
export function newestFirst(a: MeetingView, b: MeetingView): number {
	const dateOf = (view: MeetingView) =>
		view.meeting.date ??
		(view.occasion
			? {
					year: Number(view.occasion.start.slice(0, 4)),
					month: Number(view.occasion.start.slice(5, 7)),
					day: Number(view.occasion.start.slice(8, 10)),
					precision: "day" as const,
				}
			: undefined);
	const x = dateOf(a);
	const y = dateOf(b);
	if (!x || !y) return x ? -1 : y ? 1 : a.meeting.id.localeCompare(b.meeting.id);
	return compareFuzzyDates(y, x) || a.meeting.id.localeCompare(b.meeting.id);
}
