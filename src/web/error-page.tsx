import { Layout } from "./layout.tsx";
import type { PageContext } from "./context.ts";

const KEYS: Record<number, string> = { 400: "badRequest", 401: "unauthenticated", 403: "forbidden", 404: "notFound", 409: "conflict", 422: "badRequest", 429: "tooMany" };

/** Every error a person sees: in their language, with a way on, never a stack trace. */
export function ErrorPage({ ctx, status, code }: { ctx: PageContext; status: number; code?: string }) {
  const key = code === "csrf" || code === "reset" ? code : (KEYS[status] ?? "internal");
  return (
    <Layout ctx={ctx} title={ctx.t(`error.${key}.title`)}>
      <h1>{ctx.t(`error.${key}.title`)}</h1>
      <p class="lead">{ctx.t(`error.${key}.text`)}</p>
      <p>
        <a href="/">{ctx.t("error.backHome")}</a>
      </p>
      <p class="meta">{ctx.t("error.status", { status })}</p>
    </Layout>
  );
}
