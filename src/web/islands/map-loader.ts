/**
 * Progressive enhancement for the result map: the page ships only this loader;
 * Leaflet (~40 KB compressed) is fetched when the reader asks for the map.
 */
for (const box of Array.from(document.querySelectorAll<HTMLElement>("[data-map]"))) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "kern-btn kern-btn--secondary";
  button.textContent = box.dataset.mapLabel ?? "Map";
  button.setAttribute("aria-controls", box.id);
  button.setAttribute("aria-expanded", "false");
  box.before(button);
  button.addEventListener("click", () => {
    const open = box.hidden;
    box.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open && !box.dataset.loaded) {
      box.dataset.loaded = "1";
      const script = document.createElement("script");
      script.src = box.dataset.mapScript ?? "";
      document.head.append(script);
    }
  });
}
