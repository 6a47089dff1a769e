import type { Meeting } from "@sidelines/domain";

/** A person or delegation in the network, placed on the drawing. */
interface NetworkNode {
	id: string;
	x: number;
	y: number;
	/** How many meetings they took part in. */
	meetings: number;
}

/** Two parties who met, with the meetings between them. */
interface NetworkEdge {
	a: string;
	b: string;
	meetings: string[];
}

export interface NetworkLayout {
	nodes: NetworkNode[];
	edges: NetworkEdge[];
	/** The drawing's width; its height is `height`. Wider than tall, so labels beside the circle fit. */
	width: number;
	height: number;
}

const partyId = (party: Meeting["participants"][number]) =>
	party.kind === "diplomat" ? party.diplomatId : `country:${party.country}`;

/**
 * Who met whom, laid out on a circle (grouped by `groupOf`, e.g. country, so neighbours share a colour of fact).
 * Deterministic: the same meetings give the same drawing.
 * @example layoutNetwork(meetings, (id) => countryOf(id)).edges.length; // pairs that met
 */
export function layoutNetwork(
	meetings: readonly Meeting[],
	groupOf: (id: string) => string,
	height = 560,
): NetworkLayout {
	const counts = new Map<string, number>();
	const edges = new Map<string, NetworkEdge>();
	for (const meeting of meetings) {
		const ids = [...new Set(meeting.participants.map(partyId))].sort();
		for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
		for (let i = 0; i < ids.length; i++)
			for (let j = i + 1; j < ids.length; j++) {
				const a = ids[i] as string;
				const b = ids[j] as string;
				const edge = edges.get(`${a} ${b}`) ?? { a, b, meetings: [] };
				edge.meetings.push(meeting.id);
				edges.set(`${a} ${b}`, edge);
			}
	}
	const ids = [...counts.keys()].sort((x, y) => groupOf(x).localeCompare(groupOf(y)) || x.localeCompare(y));
	// Room for a label of about 24 characters on either side of the circle.
	const width = height + 360;
	const radius = height / 2 - 40;
	const nodes = ids.map((id, index) => {
		const angle = (2 * Math.PI * index) / Math.max(ids.length, 1) - Math.PI / 2;
		return {
			id,
			x: Math.round(width / 2 + radius * Math.cos(angle)),
			y: Math.round(height / 2 + radius * Math.sin(angle)),
			meetings: counts.get(id) ?? 0,
		};
	});
	return { nodes, edges: [...edges.values()], width, height };
}
