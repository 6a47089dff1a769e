import { describe, expect, it } from "vitest";
import { diagnoseText } from "./diagnose.js";
import { type ScoredMeeting, scoreExtraction } from "./score.js";

const raw = "Borg met Haddad in Valletta on Monday. Borg also called Rossi. Borg met Weber in Rome.";
const meeting = (names: string[], extra: Partial<ScoredMeeting> = {}): ScoredMeeting => ({
	status: "held",
	participants: names.map((name) => ({ name, country: null })),
	date: null,
	place: null,
	format: "unknown",
	...extra,
});

describe("diagnoseText", () => {
	const gold = [
		meeting(["Karl Borg", "Amel Haddad"], {
			date: "2023-04-10",
			place: { city: "Valletta", country: "MT" },
			format: "in_person",
			evidence: { start: 0, end: 38 },
		}),
		meeting(["Karl Borg", "Marta Rossi"], { format: "phone", evidence: { start: 39, end: 62 } }),
	];
	const predicted = [
		meeting(["Karl Borg", "Amel Haddad"], {
			date: "2023-04-11",
			place: { city: "Valletta", country: "MT" },
			format: "in_person",
		}),
		meeting(["Karl Borg", "Anna Weber"], {
			evidence: [{ start: 63, end: 86, text: "Borg met Weber in Rome." }],
		}),
	];
	const score = scoreExtraction([{ id: "t", meetings: gold }], [{ id: "t", meetings: predicted }]).perText[0];

	it("lists the missed and invented meetings with the sentences that report them", () => {
		if (!score) throw new Error("no score");
		const diagnosis = diagnoseText(score, gold, predicted, raw);
		expect(diagnosis.missed).toEqual([{ meeting: gold[1], evidence: "Borg also called Rossi." }]);
		expect(diagnosis.invented).toEqual([{ meeting: predicted[1], evidence: "Borg met Weber in Rome." }]);
	});

	it("names each wrong field with the gold and predicted values", () => {
		if (!score) throw new Error("no score");
		const diagnosis = diagnoseText(score, gold, predicted, raw);
		expect(diagnosis.wrong).toEqual([
			{
				gold: gold[0],
				predicted: predicted[0],
				fields: [{ field: "date", gold: "2023-04-10", predicted: "2023-04-11" }],
				evidence: "Borg met Haddad in Valletta on Monday.",
			},
		]);
	});
});
