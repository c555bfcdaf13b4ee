/**
 * "Plan the week" while the planning goes on behind the page: asks the plan's
 * JSON API every few seconds whether the run is still 'running' and, once it is
 * not, says so in the paragraph (a polite live region) with a link to the
 * result. The page is not reloaded under the reader, who may be ticking rows.
 * Without this script the paragraph's own "refresh" link does the same.
 */
const EVERY_MS = 4000;

for (const box of Array.from(document.querySelectorAll<HTMLElement>("[data-plan-watch]"))) {
  const { planWatch: url = "", until = "", settled = "", show = "", href = "" } = box.dataset;
  // The run gives up at its limit; a minute more covers storing the plan and a slow clock.
  const giveUpAt = Date.parse(until) + 60_000;
  const settle = () => {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = show;
    box.replaceChildren(`${settled} `, link);
  };
  const ask = async () => {
    try {
      const res = await fetch(url, { credentials: "same-origin", headers: { accept: "application/json" } });
      if (!res.ok) return; // signed out, or the server is busy: the paragraph's own link still works
      const body = (await res.json()) as { run: { status: string } | null };
      if (body.run && body.run.status !== "running") return settle();
    } catch {
      return; // offline: leave the page as it is
    }
    if (Date.now() < giveUpAt) setTimeout(() => void ask(), EVERY_MS);
  };
  if (url && Number.isFinite(giveUpAt)) setTimeout(() => void ask(), EVERY_MS);
}
