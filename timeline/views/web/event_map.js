// The events of one view on a Leaflet map: `tlEventsOverlay(map, spec)` returns one layer that,
// once added to the map, adds the view's event layers with their layer switch and frames the view
// (the actors' legend is the page's, under the map, where it hides no event); removed, it takes them
// all away. So a new view replaces the old one in the same map (st_folium's `feature_group_to_add`)
// instead of a new map being built.
//
// spec: {layers: [{name, data, cluster, secondary, cells}], bounds, density, view?}:
// the map is framed on `view` ([lat, lon, zoom], a permalink's) when given, else fitted to `bounds`.
// With `density` ("events" or "killed") the strikes show as hexagons (d3-hexbin) shaded by their number
// or their toll, their markers one click away in the layer switch.
// A layer's `data` is its table (see `mapview._table`; for `cells`, rows of [lat, lon, n, killed]
// counted on the server, `mapview.cell_layers`) or the address to fetch it from.
// Article strings never pass through HTML: popups are built with textContent and tooltips
// are escaped, so a hostile article shows as text.
(function () {
  "use strict";

  const ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
  const isolate = (s) => "\u2066" + s + "\u2069";  // a date or number kept left to right in Arabic text

  function line(box, label, value) {
    if (value === "" || value === null || value === undefined) {
      return;
    }
    const row = document.createElement("div"), bold = document.createElement("b"), text = document.createElement("span");
    bold.textContent = label + ": ";
    text.textContent = value;
    row.append(bold, text);
    box.appendChild(row);
  }

  // Row fields: 0 lat, 1 lon, 2 id, 3 colour, 4 radius, 5 date, 6 date as written, 7 place (Arabic),
  // 8 place, 9 outlets, 10 actor, 11 type, 12 killed, 13 evidence, 14 selected, 15 inferred;
  // 3, 5 and 7-11 index the table's strings.
  function popup(S, r) {
    return () => {
      const box = document.createElement("div");
      box.className = "tl-popup";
      box.dir = "rtl";
      line(box, "التاريخ", isolate(S[r[5]]) + (r[6] ? " (" + r[6] + ")" : "") + (r[15] ? " (مستنتج)" : ""));
      line(box, "المكان", [S[r[7]], S[r[8]]].filter(Boolean).join(" / "));
      line(box, "المصدر", S[r[9]]);
      line(box, "الفاعل", S[r[10]]);
      line(box, "النوع", S[r[11]]);
      line(box, "القتلى", r[12] === "" ? "" : isolate(r[12]));
      if (r[13]) {
        const quote = document.createElement("div");
        quote.className = "tl-ev";
        quote.dir = "rtl";
        quote.textContent = r[13];
        box.appendChild(quote);
      }
      return box;
    };
  }

  // One layer of events: every marker, or above the cluster threshold a supercluster index that
  // draws only what the view shows (a bubble per cluster up to zoom 9, each event from zoom 10),
  // each marker made the first time it shows. Precision rings show with the markers.
  function eventLayer(map, spec, alive) {
    const group = L.featureGroup(), rings = L.featureGroup(), made = [];
    let T = null, index = null;
    const marker = (i) => {
      if (made[i]) {
        return made[i];
      }
      const r = T.rows[i], S = T.strings, colour = S[r[3]];
      const m = L.circleMarker([r[0], r[1]], {radius: r[4] + (r[14] ? 3 : 0), color: r[14] ? "#000" : colour,
        weight: r[14] ? 3 : (r[15] ? 2 : 1), fillColor: colour, fillOpacity: r[15] ? 0.05 : 0.75});
      m.bindTooltip('<span dir="rtl">' + esc(S[r[7]] || S[r[8]]) + '</span> <bdi dir="ltr">' + esc(S[r[5]])
        + "</bdi><span hidden>ev:" + esc(r[2]) + "</span>");
      m.bindPopup(popup(S, r), {maxWidth: 340});
      return (made[i] = m);
    };
    const bubble = (f) => {  // a secondary layer's bubbles sit under, to the lower right: both counts read
      const n = spec.cells ? f.properties.n : f.properties.point_count;
      const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : n < 10000 ? 48 : 54;
      const anchor = spec.secondary ? size / 2 - 20 : size / 2;
      const c = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
        title: n + " " + spec.name, tlCount: n, zIndexOffset: spec.secondary ? -1000 : 0,
        icon: L.divIcon({html: "<span>" + n + "</span>", iconSize: [size, size], iconAnchor: [anchor, anchor],
          className: "tl-cluster" + (spec.secondary ? " tl-secondary" : "")})});
      c.on("click", () => map.setView(c.getLatLng(), f.properties.cluster
        ? index.getClusterExpansionZoom(f.properties.cluster_id) : Math.min(map.getZoom() + 2, map.getMaxZoom())));
      return c;
    };
    const show = () => {  // what the view shows, with a margin so that a short pan shows no gap
      if (!index || !map.hasLayer(group)) {
        return;
      }
      const b = map.getBounds().pad(0.25), z = Math.round(map.getZoom());
      if (z > 9) {  // rings only around events shown one by one
        rings.addTo(map);
      } else {
        rings.remove();
      }
      const shown = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], z);
      group.clearLayers();
      shown.forEach((f) => group.addLayer(f.properties.cluster || spec.cells ? bubble(f) : marker(f.properties.i)));
    };
    const draw = (table) => {
      if (!alive()) {
        return;
      }
      T = table;
      if (spec.cells) {  // cells counted on the server: [lat, lon, n, killed], merged by their counts
        index = new Supercluster({radius: 45, extent: 256, minZoom: 4, maxZoom: 12,
          map: (p) => ({n: p.n}), reduce: (sum, p) => { sum.n += p.n; }});
        index.load(T.rows.map((r, i) => ({type: "Feature", properties: {i, n: r[2]}, geometry: {type: "Point",
          coordinates: [r[1], r[0]]}})));
        show();
      } else if (spec.cluster) {
        index = new Supercluster({radius: 45, extent: 256, minZoom: 4, maxZoom: 9});
        index.load(T.rows.map((r, i) => ({type: "Feature", properties: {i}, geometry: {type: "Point",
          coordinates: [r[1], r[0]]}})));
        show();
      } else {
        T.rows.forEach((r, i) => group.addLayer(marker(i)));
      }
      (T.rings || []).forEach((g) => rings.addLayer(L.circle([g[0], g[1]], {radius: g[2] * 1000, color: g[3], weight: 1,
        dashArray: "4 4", fill: false, interactive: false})));
      window.tlLayersDrawn += 1;
      window.tlEventsDrawn += spec.cells ? T.rows.reduce((sum, r) => sum + r[2], 0) : T.rows.length;
    };
    group.on("add", () => {
      if (!spec.cluster) {
        rings.addTo(map);
      }
      show();
    });
    group.on("remove", () => rings.remove());
    if (spec.cluster) {
      map.on("moveend", show);
    }
    const table = typeof spec.data === "string" ? fetch(spec.data).then((r) => r.json()) : Promise.resolve(spec.data);
    table.then(draw);
    return {name: spec.name, group, table, remove: () => {
      map.off("moveend", show);
      group.remove();
      rings.remove();
    }};
  }

  const SHADES = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];  // ColorBrewer YlOrRd, light to dark
  const HEX_PX = 18;
  const CORNERS = [0, 1, 2, 3, 4, 5].map((i) => [Math.sin(i * Math.PI / 3) * (HEX_PX - 1),
    -Math.cos(i * Math.PI / 3) * (HEX_PX - 1)]);  // d3-hexbin's pointy-top hexagon, a pixel inside its bin

  // The strikes of a layer's table as hexagons of HEX_PX on the screen, binned afresh after each move,
  // shaded by the square root of their weight (strikes, or people killed) against the heaviest in view.
  function densityLayer(map, spec, table, weight) {
    const group = L.featureGroup();
    let points = null;
    const draw = () => {
      group.clearLayers();
      if (!points || !map.hasLayer(group)) {
        return;
      }
      const size = map.getSize(), pad = 2 * HEX_PX;
      const inView = points.map((p) => {
        const c = map.latLngToContainerPoint(p.at);
        return {x: c.x, y: c.y, n: p.n, k: p.k};
      }).filter((p) => p.x > -pad && p.y > -pad && p.x < size.x + pad && p.y < size.y + pad);
      const bins = d3.hexbin().radius(HEX_PX).x((p) => p.x).y((p) => p.y)(inView);
      const sums = bins.map((b) => ({x: b.x, y: b.y, n: b.reduce((s, p) => s + p.n, 0),
        k: b.reduce((s, p) => s + p.k, 0)}));
      const value = (b) => (weight === "killed" ? b.k : b.n);
      const top = Math.sqrt(Math.max(1, ...sums.map(value)));
      sums.forEach((b) => {
        if (!value(b)) {
          return;
        }
        const shade = SHADES[Math.min(SHADES.length - 1, Math.floor(Math.sqrt(value(b)) / top * SHADES.length))];
        const hexagon = L.polygon(CORNERS.map(([dx, dy]) => map.containerPointToLatLng([b.x + dx, b.y + dy])),
          {color: "#fff", weight: 0.5, fillColor: shade, fillOpacity: 0.75});
        hexagon.bindTooltip("<bdi dir=\"ltr\">" + b.n + "</bdi> " + esc(spec.name.toLowerCase())
          + (b.k ? ", <bdi dir=\"ltr\">" + b.k + "</bdi> killed" : ""));
        hexagon.options.tlCount = b.n;  // the events it stands for, as a bubble's
        group.addLayer(hexagon);
      });
      window.tlDensityDrawn = sums.reduce((s, b) => s + b.n, 0);
    };
    table.then((T) => {
      points = T.rows.map((r) => (spec.cells ? {at: [r[0], r[1]], n: r[2], k: r[3]}
        : {at: [r[0], r[1]], n: 1, k: r[12] === "" ? 0 : r[12]}));
      draw();
    });
    map.on("moveend", draw);
    group.on("add", draw);
    return {name: spec.name + " (density: " + weight + ")", group, remove: () => {
      map.off("moveend", draw);
      group.remove();
    }};
  }

  window.tlEventsOverlay = function (map, spec) {
    const holder = L.featureGroup();
    let alive = true;
    window.tlLayersDrawn = 0;  // counted afresh for each view: tests and the bench wait on them
    window.tlEventsDrawn = 0;
    const layers = spec.layers.map((s) => eventLayer(map, s, () => alive));
    const dense = spec.density ? spec.layers.map((s, i) => (s.secondary ? null
      : densityLayer(map, s, layers[i].table, spec.density))).filter(Boolean) : [];
    const control = L.control.layers(null, null, {collapsed: false, position: "topright"});
    layers.concat(dense).forEach((l) => control.addOverlay(l.group, l.name));
    const hidden = new Set(dense.map((d) => d.name.split(" (")[0]));  // strikes shown as hexagons, not markers
    window.tlDensityDrawn = spec.density ? 0 : null;
    holder.on("add", () => {
      layers.forEach((l) => hidden.has(l.name) || l.group.addTo(map));
      dense.forEach((l) => l.group.addTo(map));
      control.addTo(map);
      if (spec.view) {
        map.setView([spec.view[0], spec.view[1]], spec.view[2]);
      } else {
        map.fitBounds(spec.bounds, {maxZoom: 12});  // the closest zoom the town labels are placed for
      }
    });
    holder.on("remove", () => {
      alive = false;
      layers.concat(dense).forEach((l) => l.remove());
      control.remove();
      holder.off();  // st_folium keeps every overlay it was given: let this one's events go
    });
    return holder;
  };
})();
