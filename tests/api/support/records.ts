let serial = 0;
const next = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/** A valid ArticleCreate body with a unique slug. */
export function newArticle(overrides: Record<string, unknown> = {}) {
	const tag = next();
	return {
		slug: `test-article-${tag}`,
		headline: `Ministers meet again ${tag}`,
		section: "japan",
		publishedAt: "2021-07-01T09:00:00+09:00",
		zone: "Asia/Tokyo",
		body: [{ type: "paragraph", text: "Two ministers met and agreed to meet again." }],
		status: "published",
		...overrides,
	};
}

/** A valid MeetingCreate body between two demo diplomats on a day no other meeting has. */
export function newMeeting(overrides: Record<string, unknown> = {}) {
	const day = (serial++ % 28) + 1;
	const year = 1990 + (serial % 30);
	return {
		participants: [
			{ kind: "diplomat", diplomatId: "luigi-di-maio" },
			{ kind: "delegation", country: "FR", description: `French delegation ${next()}` },
		],
		date: { year, month: 3, day, precision: "day" },
		format: "video",
		review: "proposed",
		...overrides,
	};
}

/** A valid DiplomatCreate body with a unique id. */
export function newDiplomat(overrides: Record<string, unknown> = {}) {
	const tag = next();
	return {
		id: `test-diplomat-${tag}`,
		name: { given: "Ana", family: `Tester${tag}`, order: "given-first" },
		country: "FR",
		...overrides,
	};
}

/** A valid OccasionCreate body with a unique slug. */
export function newOccasion(overrides: Record<string, unknown> = {}) {
	const tag = next();
	return { slug: `test-summit-${tag}`, name: `Test summit ${tag}`, start: "2022-05-01", ...overrides };
}
