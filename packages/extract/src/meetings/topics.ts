const TOPIC_VERBS =
	/\b(?:discussed|discussing|discuss|reviewed|covered|focused\s+(?:mainly\s+)?on|centred\s+on|centered\s+on|dealt\s+(?:mainly\s+)?with|touched\s+on|exchanged\s+views\s+on|talked\s+about|compared\s+notes\s+on|agreed\s+to\s+(?:promote|expand|deepen|strengthen|boost|step\s+up|speed\s+up|work\s+on|cooperate\s+(?:on|in))|confirmed\s+their\s+cooperation\s+(?:on|at|in)|with\s+(.{3,60}?)\s+high\s+on\s+the\s+agenda)\s+(.+?)(?=[.;]|,\s+(?:according|the\s+\w+\s+said|officials|said|as|which|while|after|before)|\s+according\s+to|$)/i;

/**
 * Short topic phrases from "discussed X, Y and Z", "agreed to promote X", "focused on X" (best effort).
 * @example findTopics("They discussed trade, energy and climate change."); // ["trade", "energy", "climate change"]
 */
export function findTopics(sentence: string): string[] {
	const match = TOPIC_VERBS.exec(sentence);
	if (!match) return [];
	const list = (match[1] ?? match[2] ?? "").replace(/\b(?:including|such as|as well as)\b/gi, ",");
	return list
		.split(/,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,4}$)/u)
		.map((item) =>
			item
				.trim()
				.replace(/^(?:and|the|a|an|on|in|their|its)\s+/i, "")
				.replace(/[”"“]/g, ""),
		)
		.filter((item) => item.length >= 3 && item.length <= 60 && item.split(/\s+/).length <= 7)
		.slice(0, 6);
}
