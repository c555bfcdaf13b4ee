/** The result map: markers for every result with coordinates, each linking to its entry. */
import L from "leaflet";

interface Marker {
  name: string;
  href: string;
  lat: number;
  lng: number;
}

for (const box of Array.from(document.querySelectorAll<HTMLElement>("[data-map]"))) {
  // A stylesheet file, not inline CSS, so the Content-Security-Policy can forbid inline styles.
  if (box.dataset.mapCss && !document.querySelector(`link[href="${box.dataset.mapCss}"]`)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = box.dataset.mapCss;
    document.head.append(link);
  }
  const dataEl = document.getElementById(box.dataset.mapData ?? "");
  const markers = JSON.parse(dataEl?.textContent ?? "[]") as Marker[];
  const map = L.map(box, { scrollWheelZoom: false });
  L.tileLayer(box.dataset.tileUrl ?? "", { attribution: box.dataset.attribution ?? "", maxZoom: 18 }).addTo(map);
  const bounds = L.latLngBounds([]);
  for (const m of markers) {
    const link = document.createElement("a");
    link.href = m.href;
    link.textContent = m.name;
    L.circleMarker([m.lat, m.lng], { radius: 8, color: "#1b3fa0", weight: 2, fillOpacity: 0.6 }).bindPopup(link).addTo(map);
    bounds.extend([m.lat, m.lng]);
  }
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 15 });
  else map.setView([52.75, 9.0], 7);
}
