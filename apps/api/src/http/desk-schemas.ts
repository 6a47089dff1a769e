import { z } from "@hono/zod-openapi";
import { RecordId } from "@sidelines/domain";
import { isEmailAddress, PASSWORD_LENGTH } from "@sidelines/store/edge";
import { MeetingSchema, MeetingUpdateSchema, PageQuery, pageOf } from "./schemas.js";

/*
 * The desk's records (users, sessions, audit events) as the API shows them. They belong to the desk, not to
 * the news domain, so they are defined here rather than in @sidelines/domain.
 */

const UserRoleSchema = z
	.enum(["editor", "admin"])
	.meta({ description: "editor: import, review, edit and publish; admin: also delete and manage users" });

export const UserSchema = z
	.object({
		id: z.string(),
		version: z.int().min(1),
		email: z.string(),
		name: z.string(),
		role: UserRoleSchema,
		createdAt: z.string(),
		disabledAt: z.string().nullable(),
	})
	.meta({ id: "User" });

const Email = z
	.string()
	.trim()
	.refine(isEmailAddress, "must be an email address (name@domain, at most 254 characters)");
const Password = z
	.string()
	.min(PASSWORD_LENGTH.min, `must be at least ${PASSWORD_LENGTH.min} characters`)
	.max(PASSWORD_LENGTH.max, `must be at most ${PASSWORD_LENGTH.max} characters`);
const DisplayName = z.string().trim().min(1).max(200);

export const SignInSchema = z
	.object({
		email: z.string().min(1).max(254),
		password: z.string().min(1).max(PASSWORD_LENGTH.max),
	})
	.strict()
	.meta({ id: "SignIn" });

export const SessionSchema = z
	.object({
		expiresAt: z
			.string()
			.meta({ description: "When the session ends unless used again (idle) or at the latest" }),
		user: UserSchema,
	})
	.meta({ id: "Session" });

export const NewSessionSchema = SessionSchema.extend({
	token: z.string().meta({ description: "Send as Authorization: Bearer <token>; shown once" }),
}).meta({ id: "NewSession" });

export const UserCreateSchema = z
	.object({ email: Email, name: DisplayName, role: UserRoleSchema, password: Password })
	.strict()
	.meta({ id: "UserCreate" });

export const UserUpdateSchema = z
	.object({
		name: DisplayName.optional(),
		role: UserRoleSchema.optional(),
		disabled: z.boolean().optional(),
		password: Password.optional(),
	})
	.strict()
	.meta({ id: "UserUpdate" });

export const UserList = z.object({ items: z.array(UserSchema) }).meta({ id: "UserList" });

export const RejectionSchema = z
	.object({
		reason: z
			.string()
			.trim()
			.min(1, "say why the proposal is rejected")
			.max(500)
			.meta({ description: "Why the proposal is wrong, for the audit trail (1 to 500 characters)" }),
	})
	.strict()
	.meta({ id: "Rejection" });

const SUBJECT_KINDS = ["article", "meeting", "diplomat", "occasion", "user"] as const;

const AuditEventSchema = z
	.object({
		id: z.string(),
		at: z.string(),
		actor: z.object({
			kind: z.enum(["user", "key"]),
			id: z.string(),
			label: z.string().meta({ description: "The user's name and email, or the key's name, at the time" }),
		}),
		action: z.enum([
			"import",
			"confirm",
			"reject",
			"edit",
			"merge",
			"split",
			"publish",
			"unpublish",
			"delete",
			"diplomat-merge",
			"diplomat-edit",
			"user-create",
			"user-edit",
		]),
		subject: z.object({ kind: z.enum(SUBJECT_KINDS), id: z.string() }),
		before: z.unknown().meta({ description: "The record before the decision, or null" }),
		after: z.unknown().meta({ description: "The record after the decision, or null" }),
		reason: z.string().nullable(),
	})
	.meta({ id: "AuditEvent" });

export const AuditEventPage = pageOf(AuditEventSchema, "AuditEventPage");

export const HistoryQuery = PageQuery.extend({
	subject: z
		.string()
		.regex(/^(article|meeting|diplomat|occasion|user):[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, {
			error: "subject is <kind>:<id> with kind article, meeting, diplomat, occasion or user",
		})
		.transform((text) => {
			const [kind, id] = text.split(":") as [(typeof SUBJECT_KINDS)[number], string];
			return { kind, id };
		})
		.meta({ param: { name: "subject", in: "query" }, type: "string", example: "meeting:mtg-blinken-motegi" }),
});

const ProposalArticle = z.object({
	id: z.string(),
	slug: z.string(),
	headline: z.string(),
	status: z.enum(["draft", "published"]),
	warnings: z
		.array(z.string())
		.meta({ description: "What extraction could not settle when the article was imported, one line each" }),
});

const ProposalSchema = z
	.object({
		meeting: MeetingSchema,
		articles: z.array(ProposalArticle).meta({
			description: "The articles of `meeting.sources`, whose evidence spans are offsets into their text",
		}),
		warnings: z.array(z.string()).meta({ description: "What the proposal leaves unsettled, one line each" }),
	})
	.meta({ id: "Proposal" });

export const ProposalPage = pageOf(ProposalSchema, "ProposalPage");

export const MergeSchema = z
	.object({
		into: RecordId.meta({
			description: "The record that stays (the meeting a proposal reports; the diplomat a duplicate is)",
		}),
		intoVersion: z
			.int()
			.min(1)
			.optional()
			.meta({ description: "The version of `into` the editor saw (412 when it has changed since)" }),
	})
	.strict()
	.meta({ id: "MeetingMerge" });

export const SplitSchema = z
	.object({
		parts: z.array(MeetingUpdateSchema).min(2, "a split makes at least two meetings").max(10).meta({
			description:
				"Each part's fields override the proposal's (participants required; sources default to the proposal's)",
		}),
	})
	.strict()
	.meta({ id: "MeetingSplit" });

const MeetingSaved = z.object({ meeting: MeetingSchema, merged: z.boolean() });
export const SplitResult = z.object({ items: z.array(MeetingSaved) }).meta({ id: "MeetingSplitResult" });

export const CandidateList = z
	.object({
		items: z.array(
			z.object({
				meeting: MeetingSchema,
				sameParties: z.boolean(),
				sharedParties: z.int().min(1),
			}),
		),
	})
	.meta({ id: "MeetingCandidates" });
