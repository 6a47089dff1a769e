import {
	type Article,
	countryCodeFromName,
	type Diplomat,
	DiplomatCreate,
	EVIDENCE_TEXT_MAX,
	foldName,
	type HeldOffice,
	isCountryCode,
	type MeetingCreate,
	type Occasion,
	type Party,
	parseRecord,
} from "@sidelines/domain";
import {
	extractMeetings,
	extractMeetingsWithWarnings,
	type MeetingProposal,
	type ParsePageOptions,
	type PartyProposal,
	parsePage,
} from "@sidelines/extract";
import { ConflictError, type MeetingSaveResult, type Store } from "@sidelines/store/edge";

/** How to read and file an imported page. */
/** Evidence quotes are clipped, never fatal: a long meeting sentence keeps its span and its first characters. */
function clipEvidence<Span extends { text?: string }>(span: Span): Span {
	if (span.text === undefined || span.text.length <= EVIDENCE_TEXT_MAX) return span;
	// Never end on the first half of a surrogate pair.
	const end = /[\uD800-\uDBFF]/.test(span.text.charAt(EVIDENCE_TEXT_MAX - 1))
		? EVIDENCE_TEXT_MAX - 1
		: EVIDENCE_TEXT_MAX;
	return { ...span, text: span.text.slice(0, end) };
}

export interface ImportPageOptions extends ParsePageOptions {
	/** Status of the stored article (default `draft`: an editor publishes it after review). */
	status?: Article["status"];
}

/** A proposal the importer could not store, and why. */
export interface SkippedProposal {
	proposal: MeetingProposal;
	reason: string;
}

/** What one imported page became. */
export interface ImportResult {
	article: Article;
	/** Every stored proposal: new meetings in review state `proposed`, or new sources merged into existing meetings. */
	meetings: MeetingSaveResult[];
	/** People the text names whom the store did not know. */
	newDiplomats: Diplomat[];
	skipped: SkippedProposal[];
	/**
	 * Why anything the page reports was left out or left empty, one line each: meetings extraction dropped,
	 * participants without a nationality ("Modi: nationality not found"), proposals skipped and why.
	 */
	warnings: string[];
}

/**
 * Diplomats the store knows under any family name the text mentions: extraction runs once without a
 * registry to learn the names, then again with the matching diplomats, so no full scan is needed.
 */
async function registryFor(store: Store, proposals: MeetingProposal[]): Promise<Diplomat[]> {
	const families = new Set<string>();
	for (const proposal of proposals) {
		for (const party of proposal.participants) {
			if (party.kind !== "delegation") families.add(foldName(party.name.family));
		}
	}
	const found = new Map<string, Diplomat>();
	for (const family of families) {
		const page = await store.diplomats.list({ q: family, limit: 100 });
		for (const diplomat of page.items) found.set(diplomat.id, diplomat);
	}
	return [...found.values()];
}

async function occasionIdFor(store: Store, name: string | undefined): Promise<string | undefined> {
	if (!name) return undefined;
	const wanted = foldName(name);
	let cursor: string | undefined;
	do {
		const page = await store.occasions.list({ cursor, limit: 100 });
		const match = page.items.find((occasion: Occasion) => foldName(occasion.name) === wanted);
		if (match) return match.id;
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return undefined;
}

function officeOf(party: Exclude<PartyProposal, { kind: "delegation" }>): HeldOffice | undefined {
	const country = party.office?.country ?? party.country;
	if (!party.office || !country || !isCountryCode(country)) return undefined;
	return { title: party.office.title, kind: party.office.kind, country };
}

/**
 * Parses a raw page (text or HTML), extracts the meetings it reports and stores the article with every
 * proposal in one transaction: all of the page or nothing. Proposals that the domain's merge rules match to
 * an existing meeting become a new source of that meeting instead of a duplicate.
 * @throws PageParseError for input that is not a news page; ConflictError when the page was imported before.
 * @example const { article, meetings } = await importPage(store, html, { zoneHint: "Asia/Tokyo" });
 */
export async function importPage(
	store: Store,
	raw: string,
	options: ImportPageOptions = {},
): Promise<ImportResult> {
	const draft = parsePage(raw, options);
	const registry = await registryFor(store, extractMeetings(draft));
	const { meetings: proposals, warnings: extractionWarnings } = extractMeetingsWithWarnings(draft, registry);

	return store.transaction(async (tx) => {
		const existing = draft.slug ? await tx.articles.getBySlug(draft.slug) : undefined;
		const twin =
			existing ??
			(await tx.articles.list({ from: draft.publishedAt, to: draft.publishedAt, limit: 100 })).items.find(
				(article) => article.headline === draft.headline,
			);
		if (twin) throw new ConflictError(`this page was imported before as article ${twin.slug}`);

		const sectionCountry = countryCodeFromName(draft.section.replace(/-/g, " "));
		let guessed = false;
		const newDiplomats = new Map<string, Diplomat>();
		const skipped: SkippedProposal[] = [];
		const partyFor = async (party: PartyProposal): Promise<Party | string> => {
			if (party.kind === "delegation")
				return {
					kind: "delegation",
					country: party.country,
					...(party.description ? { description: party.description } : {}),
				};
			const office = officeOf(party);
			if (party.kind === "diplomat")
				return { kind: "diplomat", diplomatId: party.diplomatId, ...(office ? { office } : {}) };
			if (!party.name.given) return `the text names ${party.mention} by surname only`;
			const key = `${foldName(party.name.family)}|${foldName(party.name.given)}`;
			const known = newDiplomats.get(key);
			if (known) return { kind: "diplomat", diplomatId: known.id, ...(office ? { office } : {}) };
			// A desk's section often names the country its stories are about ("Japan"): the fallback for a person
			// the text gives no nationality, with the proposal's confidence lowered to say so.
			const country = party.country ?? office?.country ?? sectionCountry;
			if (!country || !isCountryCode(country)) return `the text gives no country for ${party.mention}`;
			if (!party.country && !office?.country) guessed = true;
			const diplomat = await tx.diplomats.create(parseRecord(DiplomatCreate, { name: party.name, country }));
			newDiplomats.set(key, diplomat);
			return { kind: "diplomat", diplomatId: diplomat.id, ...(office ? { office } : {}) };
		};

		if (!(await tx.sections.get(draft.section))) {
			const name = draft.section
				.replace(/-/g, " ")
				.replace(/^\p{L}/u, (letter) => letter.toLocaleUpperCase("en"));
			await tx.sections.upsert({ slug: draft.section, name });
		}
		const article = await tx.articles.create({ ...draft, status: options.status ?? "draft" });
		const meetings: MeetingSaveResult[] = [];
		for (const proposal of proposals) {
			const parties: Party[] = [];
			guessed = false;
			let reason: string | undefined;
			for (const party of proposal.participants) {
				const resolved = await partyFor(party);
				if (typeof resolved === "string") reason = resolved;
				else parties.push(resolved);
			}
			if (reason !== undefined || parties.length < 2) {
				skipped.push({ proposal, reason: reason ?? "fewer than two parties could be identified" });
				continue;
			}
			const occasionId = await occasionIdFor(tx, proposal.occasion);
			const input: MeetingCreate = {
				participants: parties,
				date: proposal.date,
				format: proposal.format,
				topics: proposal.topics,
				status: proposal.status,
				sources: [{ articleId: article.id, evidence: proposal.evidence.map(clipEvidence) }],
				review: "proposed",
				confidence: guessed
					? Math.max(0.05, Math.round((proposal.confidence - 0.1) * 100) / 100)
					: proposal.confidence,
				...(proposal.duration ? { duration: proposal.duration } : {}),
				...(proposal.place ? { place: proposal.place } : {}),
				...(occasionId ? { occasionId } : {}),
			};
			meetings.push(await tx.meetings.save(input));
		}

		const mentioned = new Set([
			...meetings.flatMap(({ meeting }) =>
				meeting.participants.flatMap((party) => (party.kind === "diplomat" ? [party.diplomatId] : [])),
			),
		]);
		const withMentions = await tx.articles.update(
			article.id,
			{
				mentions: {
					diplomats: [...mentioned],
					meetings: [...new Set(meetings.map(({ meeting }) => meeting.id))],
				},
			},
			article.version,
		);
		const warnings = [...new Set([...extractionWarnings, ...skipped.map(({ reason }) => reason)])];
		return { article: withMentions, meetings, newDiplomats: [...newDiplomats.values()], skipped, warnings };
	});
}
