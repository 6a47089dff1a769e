/**
 * @sidelines/api: the Sidelines HTTP API as a Hono app. `createApp` builds it; `server.ts` serves it
 * on Node, `worker.ts` on the Workers runtime; `@sidelines/api/client` is the typed client.
 */
export { type AppDeps, type AppType, createApp, type WindowLimit } from "./app.js";
export { ArticleCache } from "./http/article-cache.js";
export { ResponseCache } from "./http/response-cache.js";
export type { ClientAddress } from "./http/types.js";
export type { ProblemDetails, ProblemFieldError } from "./middleware/problem.js";
export { FixedWindowLimiter } from "./middleware/rate-limit.js";
export type { ScalarBundleLoader } from "./routes/docs.js";
