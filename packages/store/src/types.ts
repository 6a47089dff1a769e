import type {
	Article,
	ArticleCreate,
	ArticleUpdate,
	Diplomat,
	DiplomatCreate,
	DiplomatUpdate,
	Meeting,
	MeetingCreate,
	MeetingUpdate,
	Occasion,
	OccasionCreate,
	OccasionUpdate,
	ReviewState,
	Section,
} from "@sidelines/domain";

/** One page of a list in a stable order; `nextCursor` is opaque and null on the last page. */
export interface Page<T> {
	items: T[];
	nextCursor: string | null;
}

/** Cursor pagination: at most 100 items per page (default 20). */
export interface PageRequest {
	cursor?: string | undefined;
	limit?: number | undefined;
}

export interface ArticleFilter extends PageRequest {
	section?: string | undefined;
	tag?: string | undefined;
	/** Diplomat id mentioned by the article. */
	diplomat?: string | undefined;
	/** Meeting id mentioned by the article. */
	meeting?: string | undefined;
	/** Inclusive ISO day or date-time bounds on publishedAt. */
	from?: string | undefined;
	to?: string | undefined;
	status?: Article["status"] | undefined;
	/** Full-text filter over headline, standfirst and body; the order stays newest first (`search` ranks). */
	q?: string | undefined;
}

export interface MeetingFilter extends PageRequest {
	diplomat?: string | undefined;
	/** Country of any party (diplomat's office country or delegation country). */
	country?: string | undefined;
	occasion?: string | undefined;
	format?: Meeting["format"] | undefined;
	status?: Meeting["status"] | undefined;
	/** Defaults to confirmed for readers; the review queue asks for proposed. */
	review?: ReviewState | undefined;
	/** Inclusive ISO day bounds, matched against the meeting's date range. */
	from?: string | undefined;
	to?: string | undefined;
}

export interface DiplomatFilter extends PageRequest {
	country?: string | undefined;
	/** Only diplomats readers may see: party to a confirmed meeting, or mentioned by a published article. */
	public?: boolean | undefined;
	/** Name search over every name form, aliases and native script. */
	q?: string | undefined;
}

export interface SearchHit {
	article: Pick<Article, "id" | "slug" | "headline" | "standfirst" | "section" | "publishedAt">;
	/** Relevance, higher is better; comparable within one result list only. */
	rank: number;
	/** Short excerpt around the match, plain text. */
	snippet: string;
}

export interface Counterpart {
	/** Diplomat id or `country:XX` for an unnamed delegation. */
	counterpart: string;
	diplomat?: Pick<Diplomat, "id" | "name" | "country">;
	meetings: number;
	first: string | null;
	last: string | null;
}

export interface OccasionMatrix {
	occasion: Occasion;
	parties: string[];
	/** One entry per pair that met there (party ids ordered a < b), with the meetings between them. */
	pairs: { a: string; b: string; meetings: string[] }[];
}

export interface PopularArticle {
	article: Pick<Article, "id" | "slug" | "headline" | "section" | "publishedAt">;
	views: number;
}

/** Result of saving a meeting: either a new meeting, or a new source attached to an existing one. */
export interface MeetingSaveResult {
	meeting: Meeting;
	/** True when the domain's merge rules matched an existing meeting and the input was merged into it. */
	merged: boolean;
}

export type ApiKeyScope = "write" | "admin";

export interface ApiKey {
	id: string;
	name: string;
	scopes: ApiKeyScope[];
	/** Hex SHA-256 of the token; the token itself is never stored. */
	hash: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

export interface StoredIdempotentResponse {
	key: string;
	/** Who used the key (API key id), so two clients never share responses. */
	principal: string;
	/** Hash of method + path + body, to detect the same key reused with a different request. */
	requestHash: string;
	status: number;
	headers: Record<string, string>;
	body: string;
	createdAt: string;
}

export interface ArticleRepository {
	get(id: string): Promise<Article | undefined>;
	getBySlug(slug: string): Promise<Article | undefined>;
	getByShortCode(code: string): Promise<Article | undefined>;
	list(filter?: ArticleFilter): Promise<Page<Article>>;
	search(q: string, page?: PageRequest): Promise<Page<SearchHit>>;
	related(id: string, limit?: number): Promise<Article[]>;
	popular(options?: { since?: string; limit?: number }): Promise<PopularArticle[]>;
	recordView(id: string, at?: Date): Promise<void>;
	create(input: ArticleCreate): Promise<Article>;
	/** Throws VersionConflictError when `expectedVersion` is stale, NotFoundError when absent. */
	update(id: string, patch: ArticleUpdate, expectedVersion: number): Promise<Article>;
	delete(id: string, expectedVersion: number): Promise<void>;
}

export interface MeetingRepository {
	get(id: string): Promise<Meeting | undefined>;
	list(filter?: MeetingFilter): Promise<Page<Meeting>>;
	/** Upsert by identity: merges into an existing meeting when the domain says it is the same one. */
	save(input: MeetingCreate): Promise<MeetingSaveResult>;
	update(id: string, patch: MeetingUpdate, expectedVersion: number): Promise<Meeting>;
	setReview(id: string, review: ReviewState, expectedVersion: number): Promise<Meeting>;
	delete(id: string, expectedVersion: number): Promise<void>;
}

export interface DiplomatRepository {
	get(id: string): Promise<Diplomat | undefined>;
	list(filter?: DiplomatFilter): Promise<Page<Diplomat>>;
	/** Whether readers may see the diplomat (see {@link DiplomatFilter.public}). */
	isPublic(id: string): Promise<boolean>;
	counterparts(id: string): Promise<Counterpart[]>;
	create(input: DiplomatCreate): Promise<Diplomat>;
	update(id: string, patch: DiplomatUpdate, expectedVersion: number): Promise<Diplomat>;
	delete(id: string, expectedVersion: number): Promise<void>;
}

export interface OccasionRepository {
	get(id: string): Promise<Occasion | undefined>;
	getBySlug(slug: string): Promise<Occasion | undefined>;
	list(page?: PageRequest): Promise<Page<Occasion>>;
	matrix(id: string): Promise<OccasionMatrix | undefined>;
	create(input: OccasionCreate): Promise<Occasion>;
	update(id: string, patch: OccasionUpdate, expectedVersion: number): Promise<Occasion>;
	delete(id: string, expectedVersion: number): Promise<void>;
}

export interface SectionRepository {
	list(): Promise<Section[]>;
	get(slug: string): Promise<Section | undefined>;
	upsert(section: Section): Promise<Section>;
}

export interface ApiKeyRepository {
	/** Creates a key and returns the token once; only its hash is stored. */
	create(input: { name: string; scopes: ApiKeyScope[] }): Promise<{ token: string; key: ApiKey }>;
	findByHash(hash: string): Promise<ApiKey | undefined>;
	list(): Promise<ApiKey[]>;
	revoke(id: string): Promise<void>;
	touch(id: string, at?: Date): Promise<void>;
}

export interface IdempotencyRepository {
	get(principal: string, key: string): Promise<StoredIdempotentResponse | undefined>;
	/**
	 * Stores the response; returns false if another request stored one for the key first. Inside
	 * `store.transaction` it commits with the transaction's writes, and a key taken first aborts them all
	 * (ConflictError).
	 */
	put(response: StoredIdempotentResponse): Promise<boolean>;
}

/** The persistence layer shared by the API, the CLI and the importer. */
export interface Store {
	readonly dialect: "sqlite" | "postgres";
	articles: ArticleRepository;
	meetings: MeetingRepository;
	diplomats: DiplomatRepository;
	occasions: OccasionRepository;
	sections: SectionRepository;
	apiKeys: ApiKeyRepository;
	idempotency: IdempotencyRepository;
	users: UserRepository;
	sessions: SessionRepository;
	audit: AuditRepository;
	/** Runs `work` in one transaction with repositories bound to it. */
	transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
	/** Throws when the database cannot answer a trivial query. */
	ping(): Promise<void>;
	/**
	 * How many writes have committed to the database through any store, in any process: a number that only
	 * grows. A process that keeps answers polls it and drops them when it moves.
	 */
	changeCount(): Promise<number>;
	close(): Promise<void>;
}

/** What a desk user may do: editors import, review and publish; admins also delete and manage users. */
export type UserRole = "editor" | "admin";

/** A person who signs in to the desk. The password hash never leaves the store. */
export interface User {
	id: string;
	version: number;
	email: string;
	name: string;
	role: UserRole;
	createdAt: string;
	/** When the account was disabled (it cannot sign in, its sessions stop working); null when active. */
	disabledAt: string | null;
}

export interface UserCreate {
	email: string;
	name: string;
	role: UserRole;
	password: string;
}

export interface UserUpdate {
	name?: string | undefined;
	role?: UserRole | undefined;
	disabled?: boolean | undefined;
	password?: string | undefined;
}

export interface UserRepository {
	/** Throws ConflictError when another user has the email (compared case-insensitively). */
	create(input: UserCreate, at?: Date): Promise<User>;
	get(id: string): Promise<User | undefined>;
	/** Every user, by email. */
	list(): Promise<User[]>;
	/** Throws VersionConflictError when `expectedVersion` is stale, NotFoundError when absent. */
	update(id: string, patch: UserUpdate, expectedVersion: number, at?: Date): Promise<User>;
	/**
	 * The active user with this email and password, or undefined. An unknown email costs the same password
	 * check as a wrong password, so the time taken does not say which emails have accounts.
	 */
	authenticate(email: string, password: string): Promise<User | undefined>;
}

/** How long sessions last: idle (since the last request) and absolute (since sign-in), in milliseconds. */
export interface SessionPolicy {
	idleMs: number;
	absoluteMs: number;
}

export interface Session {
	id: string;
	userId: string;
	createdAt: string;
	lastSeenAt: string;
	/** The earlier of the idle and the absolute expiry, as of `lastSeenAt`. */
	expiresAt: string;
}

export interface SessionRepository {
	/** Starts a session and returns its token once (`sls_` + 32 random bytes); only its hash is stored. */
	start(userId: string, policy: SessionPolicy, at?: Date): Promise<{ token: string; session: Session }>;
	/**
	 * The live session of a token and its user, its idle expiry moved on; undefined when the token is
	 * unknown, ended or expired, or the user is disabled.
	 */
	resume(
		token: string,
		policy: SessionPolicy,
		at?: Date,
	): Promise<{ session: Session; user: User } | undefined>;
	/** Ends the session of a token (it stops working at once); false when there was no live one. */
	end(token: string, at?: Date): Promise<boolean>;
}

/** Who made a decision: a signed-in user or an API key. */
export interface Actor {
	kind: "user" | "key";
	id: string;
	/** The user's name and email, or the key's name, as they were at the time. */
	label: string;
}

export type AuditAction =
	| "import"
	| "confirm"
	| "reject"
	| "edit"
	| "merge"
	| "split"
	| "publish"
	| "unpublish"
	| "delete"
	| "diplomat-merge"
	| "diplomat-edit"
	| "user-create"
	| "user-edit";

export type AuditSubjectKind = "article" | "meeting" | "diplomat" | "occasion" | "user";

export interface AuditEventInput {
	actor: Actor;
	action: AuditAction;
	subject: { kind: AuditSubjectKind; id: string };
	/** The record before and after the decision (null when it did not exist). */
	before?: unknown;
	after?: unknown;
	reason?: string | undefined;
}

export interface AuditEvent {
	id: string;
	at: string;
	actor: Actor;
	action: AuditAction;
	subject: { kind: AuditSubjectKind; id: string };
	before: unknown;
	after: unknown;
	reason: string | null;
}

export interface AuditRepository {
	/** Records a decision; inside `store.transaction` it commits (or rolls back) with the write it describes. */
	record(event: AuditEventInput, at?: Date): Promise<AuditEvent>;
	/** The decisions about one record, newest first. */
	history(subject: { kind: AuditSubjectKind; id: string }, page?: PageRequest): Promise<Page<AuditEvent>>;
}
