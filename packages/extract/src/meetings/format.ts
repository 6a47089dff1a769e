import type { MeetingFormat } from "@sidelines/domain";

const PHONE_WORD = /\b(?:tele)?phon(?:e|ed|ic(?:ally)?)\b/i;
const PHONE = new RegExp(`${PHONE_WORD.source}|\\bcalls?\\b(?!\\s+on\\b)|\\bcalled\\b(?!\\s+on\\b)`, "i");
const COURTESY = /\bcourtesy\s+calls?\b/i;
const VIDEO =
	/\bvideo(?:\s*conference|\s*call|\s*link|-link)?\b|\bvideoconference\b|\bvirtual(?:ly)?\b|\bonline\b|\bby\s+video\b/i;
const HYBRID = /\bhybrid\b/i;
const IN_PERSON = /\bin\s+person\b|\bin-person\b|\bface[- ]to[- ]face\b/i;

/**
 * The format a trigger phrase and its clause indicate: phone ("spoke by phone", "a telephonic conversation"),
 * video ("video conference", "virtual meeting"), hybrid (said so, or in person and by video together),
 * otherwise in person for meetings, talks, visits and courtesy calls.
 * @example meetingFormat("held a phone call", "held a phone call on Monday"); // "phone"
 */
export function meetingFormat(trigger: string, clause: string): MeetingFormat {
	if (HYBRID.test(clause) || (IN_PERSON.test(clause) && VIDEO.test(clause))) return "hybrid";
	if (VIDEO.test(trigger)) return "video";
	if (PHONE.test(trigger) && !COURTESY.test(trigger)) return "phone";
	return "in_person";
}

/** Whether text mentions a phone or video medium at all (used for clauses around a generic verb). */
export function mediumIn(text: string): MeetingFormat | undefined {
	if (VIDEO.test(text)) return "video";
	const withoutCourtesy = text.replace(COURTESY, "");
	if (PHONE_WORD.test(withoutCourtesy)) return "phone";
	return undefined;
}
