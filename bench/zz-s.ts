import { extractMeetingsWithWarnings, toGoldShape } from "@sidelines/extract";
for (const text of process.argv.slice(2)) {
	const r = extractMeetingsWithWarnings({ publishedAt: "2024-03-15T12:00:00Z", body: text.split("|").map((t) => ({ type: "paragraph" as const, text: t })) });
	console.log("##", text.slice(0, 80));
	for (const m of r.meetings.map(toGoldShape)) console.log("  ", m.status, m.participants.map((p) => `${p.name}(${p.country})`).join(" + "), m.format, JSON.stringify(m.place));
	for (const w of r.warnings) console.log("   w:", w.slice(0, 120));
}
