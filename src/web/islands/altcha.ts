/**
 * Solves the ALTCHA proof of work of a public form in the browser (see
 * src/core/antispam.ts): it starts when the person first focuses the form,
 * so it is usually done when they submit; the form waits for it otherwise.
 * Without this script the form still works (the server then applies the
 * stricter checks for forms without a solution).
 */
import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/web/pbkdf2";

for (const form of Array.from(document.querySelectorAll<HTMLFormElement>("form[data-altcha]"))) {
  const input = form.querySelector<HTMLInputElement>("input[name=altcha]");
  const status = form.querySelector<HTMLElement>("[data-altcha-status]");
  let solving: Promise<string | null> | undefined;
  const solve = () =>
    (solving ??= (async () => {
      try {
        const challenge = JSON.parse(form.dataset.altcha ?? "") as Challenge;
        const solution = await solveChallenge({ challenge, deriveKey });
        return solution ? btoa(JSON.stringify({ challenge, solution })) : null;
      } catch {
        return null;
      }
    })());
  form.addEventListener("focusin", () => void solve(), { once: true });
  form.addEventListener("submit", (event) => {
    if (!input || input.value) return;
    event.preventDefault();
    if (status) status.textContent = form.dataset.altchaWorking ?? "";
    void solve().then((payload) => {
      if (status) status.textContent = "";
      // Without a payload (the solver failed) the form still goes, under the rules for forms without one.
      input.value = payload ?? "";
      HTMLFormElement.prototype.submit.call(form);
    });
  });
}
