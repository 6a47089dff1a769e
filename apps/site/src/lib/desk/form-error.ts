import { ApiError } from "@sidelines/api/client";
import { DomainValidationError } from "@sidelines/domain";

/** One thing wrong with a submitted form: the field (or record path) and what to do about it. */
export interface FormProblem {
	field: string;
	message: string;
}

/** A control of a desk form: its element id, the label it shows, and the record paths its value becomes. */
export interface FormField {
	id: string;
	label: string;
	paths: readonly string[];
}

/**
 * The control a problem is about, found by its path (a record path "place.country", a JSON Pointer
 * "/place/country", or the control's own name) among the form's fields; the longest matching path wins.
 * @example fieldOfProblem({ field: "/place/country", message: "…" }, MEETING_FIELDS)?.id; // "place-country"
 */
export function fieldOfProblem(problem: FormProblem, fields: readonly FormField[]): FormField | undefined {
	const path = problem.field.replace(/^\//, "").replaceAll("/", ".");
	let found: FormField | undefined;
	let longest = -1;
	for (const field of fields) {
		for (const candidate of [field.id, ...field.paths]) {
			const matches = path === candidate || path.startsWith(`${candidate}.`);
			if (matches && candidate.length > longest) [found, longest] = [field, candidate.length];
		}
	}
	return found;
}

/**
 * The attributes that mark a control as wrong and tie it to its line in the problems summary
 * (`aria-invalid`, `aria-describedby`); none for a control no problem is about.
 * @example <input id="headline" {...invalid("headline")} />
 */
export function invalidControls(
	problems: readonly FormProblem[],
	fields: readonly FormField[],
): (id: string) => Record<string, string> {
	const wrong = new Set(problems.map((problem) => fieldOfProblem(problem, fields)?.id));
	return (id) => (wrong.has(id) ? { "aria-invalid": "true", "aria-describedby": `problem-${id}` } : {});
}

/** Why a submitted form could not become an update; nothing was sent to the API. */
export class FormError extends Error {
	override readonly name = "FormError";
	constructor(readonly problems: FormProblem[]) {
		super(problems.map((problem) => `${problem.field}: ${problem.message}`).join("; "));
	}
}

/**
 * Runs the domain's validation, turning a {@link DomainValidationError} into a {@link FormError}
 * with `earlier` problems (found while reading the form) first; throws those alone when validation passes.
 * @example const patch = validated(() => parseRecord(ArticleUpdate, draft));
 */
export function validated<T>(parse: () => T, earlier: FormProblem[] = []): T {
	let value: T;
	try {
		value = parse();
	} catch (error) {
		if (!(error instanceof DomainValidationError)) throw error;
		throw new FormError([
			...earlier,
			...error.issues.map((issue) => ({ field: issue.path || "record", message: issue.message })),
		]);
	}
	if (earlier.length > 0) throw new FormError(earlier);
	return value;
}

/**
 * The problems an API refusal (4xx problem+json) names, by JSON Pointer, for showing beside the form.
 * @example problemsOfRefusal(error); // [{ field: "/headline", message: "headline must not be empty" }]
 */
function problemsOfRefusal(error: ApiError): FormProblem[] {
	const listed = (error.problem?.errors ?? []).map((issue) => ({
		field: issue.pointer || "record",
		message: issue.detail,
	}));
	return listed.length > 0 ? listed : [{ field: "record", message: error.problem?.detail ?? error.message }];
}

/**
 * What a desk form shows when its post was refused: the problems, and the status to answer with (422
 * for the form's own, the API's 4xx otherwise). Anything else (a 5xx, a bug) is thrown on to the error page.
 * @example ({ problems, status: Astro.response.status } = refusedForm(error));
 */
export function refusedForm(error: unknown): { problems: FormProblem[]; status: number } {
	if (error instanceof FormError) return { problems: error.problems, status: 422 };
	if (error instanceof ApiError && error.status < 500)
		return { problems: problemsOfRefusal(error), status: error.status };
	throw error;
}
