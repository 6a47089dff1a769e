/** The outcome lines a desk page shows after a redirect (`?done=confirmed`), so nothing else is echoed back. */
const NOTICES: Readonly<Record<string, string>> = {
	confirmed: "Confirmed. The meeting is on the record.",
	rejected: "Rejected, with your reason kept in its history.",
	edited: "Saved your changes.",
	merged: "Merged into the meeting you chose.",
	split: "Split into separate proposals.",
	imported: "Imported.",
	published: "Published. Readers see it at their next visit.",
	unpublished: "Unpublished. Readers no longer see it.",
	"not-proposed": "That proposal was already decided by someone else; the queue is up to date now.",
	"reason-needed": "A rejection needs a reason (up to 500 characters).",
	deleted: "Deleted. Its history keeps what it held.",
	"diplomats-merged": "Merged the diplomats; their meetings moved to the one you kept.",
};

/**
 * The notice for a `done` query value, or undefined for anything unknown.
 * @example noticeFor("confirmed"); // "Confirmed. The meeting is on the record."
 */
export function noticeFor(done: string | null): string | undefined {
	return done ? NOTICES[done] : undefined;
}
