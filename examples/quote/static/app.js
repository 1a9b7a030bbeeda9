// The quote page: posts the form to /v1/quotes and draws the answer as a
// table, a map of the selected option and a scatter of the front. Plain
// browser JavaScript, no build step, no dependencies.
"use strict";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const MODE_COLOURS = { rail: "#c0392b", road: "#7f8c8d", sea: "#1f6fb2", inland_water: "#16a085", air: "#8e44ad" };

let places = [];   // every terminal, from /v1/places
let land = [];     // land polygons (rings of [lon, lat]), from land.geojson
let quote = null;  // the last answer
let selected = 0;  // index into quote.options

init();

async function init() {
  $("ready").value = defaultReady();
  $("quote-form").addEventListener("submit", (e) => { e.preventDefault(); submit(); });
  fetch("land.geojson").then((r) => r.json()).then((fc) => {
    for (const f of fc.features) {
      const g = f.geometry;
      const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
      for (const p of polys) land.push(...p);
    }
    if (quote) drawMap();
  }).catch(() => { /* the map works without the outline */ });
  try {
    const r = await fetch("v1/places");
    const body = await r.json();
    places = body.terminals || [];
    const names = new Set();
    for (const t of places) {
      names.add(t.id);
      for (const a of t.aliases || []) names.add(a);
    }
    const dl = $("places");
    for (const n of [...names].sort()) {
      const o = document.createElement("option");
      o.value = n;
      dl.appendChild(o);
    }
    if (body.currencies && body.currencies.length) {
      const sel = $("currency"), keep = sel.value;
      sel.replaceChildren(...body.currencies.map((c) => new Option(c, c, false, c === keep)));
    }
  } catch (e) {
    status("could not load the places: " + e, true);
  }
}

// defaultReady is next Monday 09:00 in the browser's zone, in RFC 3339.
function defaultReady() {
  const d = new Date();
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7 || 7));
  d.setHours(9, 0, 0, 0);
  const off = -d.getTimezoneOffset(), sign = off >= 0 ? "+" : "-", a = Math.abs(off);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T09:00:00${sign}${p(Math.floor(a / 60))}:${p(a % 60)}`;
}

// POINT reads a point typed into the origin or destination field as
// "lat, lon" (the order of most map sites: 30.67, 104.07 is Chengdu),
// optionally followed by a search radius: "30.67, 104.07, 60" or
// "30.67, 104.07, 60 km". Anything else is a place name.
const POINT = /^\s*([-+]?\d+(?:\.\d*)?)\s*°?\s*,\s*([-+]?\d+(?:\.\d*)?)\s*°?\s*(?:,\s*(\d+(?:\.\d*)?)\s*(?:km)?\s*)?$/i;

// place sets req[field] to the name typed into the input, or
// req[field + "_point"] to the point; the server checks the ranges.
function place(req, field, id) {
  const v = $(id).value.trim(), m = POINT.exec(v);
  if (!m) {
    req[field] = v;
    return;
  }
  const p = { lon: Number(m[2]), lat: Number(m[1]) };
  if (m[3] !== undefined) p.radius_km = Number(m[3]);
  req[field + "_point"] = p;
}

// label names a step's place: a terminal's ID, a point's coordinates.
function label(p) {
  return p.point ? p.name : p.id;
}

function list(id) {
  return $(id).value.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
}

function request() {
  const req = {};
  place(req, "origin", "origin");
  place(req, "destination", "destination");
  req.currency = $("currency").value;
  const opt = (k, v) => { if (v !== "" && v !== undefined && v !== null) req[k] = v; };
  opt("ready", $("ready").value.trim());
  opt("containers", $("containers").value.trim());
  if ($("tonnes").value !== "") req.tonnes = Number($("tonnes").value);
  opt("cargo_value", $("cargo-value").value.trim());
  const c = {};
  const modes = [...$("modes").querySelectorAll("input:checked")].map((i) => i.value);
  if (modes.length < 5) c.modes = modes;
  if (list("avoid-countries").length) c.avoid_countries = list("avoid-countries");
  if (list("avoid-terminals").length) c.avoid_terminals = list("avoid-terminals");
  if (list("via").length) c.via = list("via");
  if ($("max-transfers").value !== "") c.max_transfers = Number($("max-transfers").value);
  if ($("max-days").value !== "") c.max_transit_days = Number($("max-days").value);
  if ($("max-money").value !== "") c.max_money = Number($("max-money").value);
  if (Object.keys(c).length) req.constraints = c;
  return req;
}

async function submit() {
  status("quoting…");
  $("submit").disabled = true;
  try {
    const r = await fetch("v1/quotes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request()),
    });
    const body = await r.json();
    if (body.error) {
      const e = body.error;
      status(`${r.status}: ${e.field ? e.field + ": " : ""}${e.message}`, true);
      $("results").hidden = true;
      return;
    }
    quote = body;
    selected = 0;
    render();
    const n = body.options.length;
    status(`${n} option${n === 1 ? "" : "s"} in ${body.elapsed_ms} ms` + (body.complete ? "" : ` — incomplete: ${body.warning}`), !body.complete);
  } catch (e) {
    status("request failed: " + e, true);
  } finally {
    $("submit").disabled = false;
  }
}

function status(text, bad) {
  $("status").textContent = text;
  $("status").className = bad ? "bad" : "";
}

function fmtMoney(s) {
  const v = Number(s);
  return v.toLocaleString("en-GB", { minimumFractionDigits: 0, maximumFractionDigits: 0 });
}

function fmtDate(s) {
  return s ? s.slice(0, 10) : "";
}

// moves are the steps that move the cargo: legs and first/last miles.
function moves(o) {
  return o.steps.filter((s) => s.kind === "leg" || s.kind === "first mile" || s.kind === "last mile");
}

// shortRoute names the places where the mode changes: the places a sales
// person would read out (a point origin or destination as "point").
function shortRoute(o) {
  const ms = moves(o);
  if (!ms.length) return "";
  const name = (p) => p.point ? "point" : p.id;
  const out = [name(ms[0].from)];
  for (let i = 0; i < ms.length; i++) {
    const last = i === ms.length - 1;
    if (last || ms[i + 1].mode !== ms[i].mode || ms[i + 1].kind !== ms[i].kind) out.push(name(ms[i].to));
  }
  return out.join(" → ");
}

// endName names the origin or destination of the answer.
function endName(field) {
  const p = quote[field + "_point"];
  return p ? `${p.name} (±${p.radius_km} km)` : quote[field];
}

function render() {
  $("results").hidden = false;
  $("caption").textContent = `${endName("origin")} → ${endName("destination")}, ${quote.shipment.containers || quote.shipment.tonnes + " t"}` +
    `, money in ${quote.currency} (rates ${quote.rates.as_of})` + (quote.complete ? "" : " — INCOMPLETE");
  const tb = $("options").tBodies[0];
  tb.replaceChildren();
  quote.options.forEach((o, i) => {
    const tr = document.createElement("tr");
    tr.className = "option" + (i === selected ? " selected" : "");
    tr.dataset.index = i;
    const cells = [o.index, (o.labels || []).join(", "), o.modes.join(", "), shortRoute(o),
      fmtMoney(o.totals.money), o.totals.transit_days.toFixed(1), (o.totals.co2e_kg / 1000).toFixed(2),
      o.totals.transfers, fmtDate(o.delivery) + (o.times_estimated ? " (est.)" : "")];
    cells.forEach((c, j) => {
      const td = document.createElement("td");
      td.textContent = c;
      if (j >= 4 && j <= 7) td.className = "num";
      tr.appendChild(td);
    });
    tr.addEventListener("click", () => { selected = i; render(); });
    tb.appendChild(tr);
  });
  drawMap();
  drawFront();
  drawSteps();
  $("footer").textContent = `Rates: ${quote.rates.source}. Objectives: ${quote.objectives.join(", ")}.`;
}

function el(parent, name, attrs, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  parent.appendChild(e);
  return e;
}

// drawMap draws the selected option on an equirectangular projection fitted
// to its legs, over a graticule and the network's terminals.
function drawMap() {
  const svg = $("map");
  svg.replaceChildren();
  const o = quote.options[selected];
  if (!o) return;
  const legs = moves(o);
  const pts = legs.flatMap((l) => [l.from, l.to]);
  if (!pts.length) return;
  const W = 640, H = 360, pad = 24;
  let lon0 = Math.min(...pts.map((p) => p.lon)), lon1 = Math.max(...pts.map((p) => p.lon));
  let lat0 = Math.min(...pts.map((p) => p.lat)), lat1 = Math.max(...pts.map((p) => p.lat));
  // Margins, and the aspect of the drawing.
  const mx = Math.max(2, (lon1 - lon0) * 0.08), my = Math.max(2, (lat1 - lat0) * 0.12);
  lon0 -= mx; lon1 += mx; lat0 -= my; lat1 += my;
  const k = Math.min((W - 2 * pad) / (lon1 - lon0), (H - 2 * pad) / (lat1 - lat0));
  const cx = (lon0 + lon1) / 2, cy = (lat0 + lat1) / 2;
  const x = (lon) => W / 2 + (lon - cx) * k, y = (lat) => H / 2 - (lat - cy) * k;

  el(svg, "rect", { x: 0, y: 0, width: W, height: H, class: "sea-bg" });
  // Land: rings outside the view are skipped; SVG clips the rest.
  let d = "";
  for (const ring of land) {
    let out = true;
    for (const [lon, lat] of ring) if (lon >= lon0 - 40 && lon <= lon1 + 40 && lat >= lat0 - 30 && lat <= lat1 + 30) { out = false; break; }
    if (out) continue;
    d += "M" + ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join("L") + "Z";
  }
  if (d) el(svg, "path", { d, class: "land" });
  const step = (lon1 - lon0) > 60 ? 20 : 10;
  for (let g = Math.ceil((cx - W / 2 / k) / step) * step; x(g) < W; g += step) {
    el(svg, "line", { x1: x(g), y1: 0, x2: x(g), y2: H, class: "grid" });
    if (x(g) < W - 28) el(svg, "text", { x: x(g) + 2, y: H - 4, class: "grid-label" }, `${g}°`);
  }
  for (let g = Math.ceil((cy - H / 2 / k) / step) * step; y(g) > 0; g += step) {
    el(svg, "line", { x1: 0, y1: y(g), x2: W, y2: y(g), class: "grid" });
    el(svg, "text", { x: 2, y: y(g) - 2, class: "grid-label" }, `${g}°`);
  }
  for (const t of places) {
    const px = x(t.lon), py = y(t.lat);
    if (px >= 0 && px <= W && py >= 0 && py <= H) el(svg, "circle", { cx: px, cy: py, r: 1.8, class: "terminal" });
  }
  // Legs as solid lines; the first and last mile, trucking between a
  // point and a terminal, dashed.
  for (const l of legs) {
    const mile = l.kind !== "leg";
    el(svg, "line", { x1: x(l.from.lon), y1: y(l.from.lat), x2: x(l.to.lon), y2: y(l.to.lat),
      class: (mile ? "leg mile" : "leg") + " mode-" + l.mode, stroke: MODE_COLOURS[l.mode] || "#333" },
    ).appendChild(document.createElementNS(SVG, "title")).textContent =
      `${label(l.from)} → ${label(l.to)} (${l.mode}, ${l.service}${mile ? `, ${l.distance_km || "<1"} km` : ""})`;
  }
  // Label where the mode changes, and the ends; a point is a marker.
  const stops = new Map();
  legs.forEach((l, i) => {
    if (i === 0 || legs[i - 1].mode !== l.mode || legs[i - 1].kind !== l.kind) stops.set(label(l.from), l.from);
    if (i === legs.length - 1) stops.set(label(l.to), l.to);
  });
  const labelled = [];
  for (const p of stops.values()) {
    const px = x(p.lon), py = y(p.lat);
    if (p.point) {
      const m = el(svg, "path", { d: `M${px},${py}l-5,-9a5.6,5.6 0 1 1 10,0z`, class: "point-marker" });
      el(m, "title", {}, p.name);
    } else {
      el(svg, "circle", { cx: px, cy: py, r: 4, class: "stop" });
    }
    // Put the label where it does not cover another: above right, else
    // below right, else left.
    const spots = [[6, -6, "start"], [6, 14, "start"], [-6, -6, "end"], [-6, 14, "end"]];
    const spot = spots.find(([dx, dy]) => labelled.every(([lx, ly]) => Math.abs(lx - (px + dx)) > 40 || Math.abs(ly - (py + dy)) > 12)) || spots[0];
    labelled.push([px + spot[0], py + spot[1]]);
    const text = !p.point ? p.id : p === legs[0].from ? "origin" : "destination";
    el(svg, "text", { x: px + spot[0], y: py + spot[1], class: "stop-label", "text-anchor": spot[2] }, text);
  }
  // Legend.
  const used = [...new Set(legs.filter((l) => l.kind === "leg").map((l) => l.mode))];
  used.forEach((m, i) => {
    el(svg, "line", { x1: W - 120, y1: 16 + i * 16, x2: W - 96, y2: 16 + i * 16, stroke: MODE_COLOURS[m], class: "leg" });
    el(svg, "text", { x: W - 90, y: 20 + i * 16, class: "legend" }, m.replace("_", " "));
  });
  if (legs.some((l) => l.kind !== "leg")) {
    const i = used.length;
    el(svg, "line", { x1: W - 120, y1: 16 + i * 16, x2: W - 96, y2: 16 + i * 16, stroke: MODE_COLOURS.road, class: "leg mile" });
    el(svg, "text", { x: W - 90, y: 20 + i * 16, class: "legend" }, "trucking");
  }
}

// drawFront plots money against days for every option.
function drawFront() {
  const svg = $("front");
  svg.replaceChildren();
  const W = 420, H = 360, L = 64, R = 12, T = 12, B = 40;
  const xs = quote.options.map((o) => o.totals.transit_days), ys = quote.options.map((o) => Number(o.totals.money));
  if (!xs.length) return;
  const nice = (lo, hi) => { if (hi - lo < 1e-9) { lo -= 1; hi += 1; } const p = (hi - lo) * 0.08; return [Math.max(0, lo - p), hi + p]; };
  const [x0, x1] = nice(Math.min(...xs), Math.max(...xs));
  // Money on a log scale when it spans more than a factor of 4 (air
  // against rail and sea), so that the cheap options do not collapse.
  const log = Math.min(...ys) > 0 && Math.max(...ys) / Math.min(...ys) > 4;
  const f = log ? Math.log10 : (v) => v;
  const [y0, y1] = log ? [Math.log10(Math.min(...ys)) - 0.08, Math.log10(Math.max(...ys)) + 0.08] : nice(Math.min(...ys), Math.max(...ys));
  const x = (v) => L + (v - x0) / (x1 - x0) * (W - L - R), y = (v) => H - B - (f(v) - y0) / (y1 - y0) * (H - T - B);
  el(svg, "rect", { x: L, y: T, width: W - L - R, height: H - T - B, class: "plot-bg" });
  for (const t of ticks(x0, x1, 6)) {
    el(svg, "line", { x1: x(t), y1: T, x2: x(t), y2: H - B, class: "grid" });
    el(svg, "text", { x: x(t), y: H - B + 14, class: "tick", "text-anchor": "middle" }, t);
  }
  const yt = log ? logTicks(Math.pow(10, y0), Math.pow(10, y1)) : ticks(y0, y1, 6);
  for (const t of yt) {
    el(svg, "line", { x1: L, y1: y(t), x2: W - R, y2: y(t), class: "grid" });
    el(svg, "text", { x: L - 4, y: y(t) + 4, class: "tick", "text-anchor": "end" }, t.toLocaleString("en-GB"));
  }
  el(svg, "text", { x: (L + W - R) / 2, y: H - 6, class: "axis", "text-anchor": "middle" }, "transit days");
  el(svg, "text", { x: 12, y: (T + H - B) / 2, class: "axis", "text-anchor": "middle", transform: `rotate(-90 12 ${(T + H - B) / 2})` }, `money (${quote.currency}${log ? ", log scale" : ""})`);
  quote.options.forEach((o, i) => {
    const c = el(svg, "circle", { cx: x(xs[i]), cy: y(ys[i]), r: i === selected ? 7 : 5,
      class: "point" + (i === selected ? " selected" : ""), fill: MODE_COLOURS[mainMode(o)] || "#333" });
    el(c, "title", {}, `#${o.index} ${o.modes.join("+")}: ${fmtMoney(o.totals.money)} ${quote.currency}, ${o.totals.transit_days} d`);
    c.addEventListener("click", () => { selected = i; render(); });
    const near = quote.options.findIndex((_, j) => j < i && Math.abs(x(xs[j]) - x(xs[i])) < 14 && Math.abs(y(ys[j]) - y(ys[i])) < 10);
    el(svg, "text", { x: x(xs[i]) + 8, y: y(ys[i]) + (near >= 0 ? 14 : 4), class: "point-label" }, o.index);
  });
}

// mainMode is the mode of the option's longest leg.
function mainMode(o) {
  let best = null;
  for (const s of o.steps) if (s.kind === "leg" && (!best || s.distance_km > best.distance_km)) best = s;
  return best ? best.mode : "";
}

// logTicks returns 1, 2, 5 × powers of ten between lo and hi.
function logTicks(lo, hi) {
  const out = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const t = m * Math.pow(10, e);
      if (t >= lo && t <= hi) out.push(t);
    }
  }
  return out;
}

function ticks(lo, hi, n) {
  const raw = (hi - lo) / n, mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) out.push(Math.round(t * 1e6) / 1e6);
  return out;
}

function drawSteps() {
  const tb = $("steps").tBodies[0];
  tb.replaceChildren();
  const o = quote.options[selected];
  if (!o) return;
  for (const s of o.steps) {
    const tr = document.createElement("tr");
    tr.className = "step-" + s.kind.replace(" ", "-");
    const where = s.to ? `${label(s.from)} → ${label(s.to)}` : (s.from ? label(s.from) : "");
    const service = s.kind === "leg" ? `${s.mode.replace("_", " ")}: ${s.service}` :
      s.kind.endsWith(" mile") ? `${s.mode}: ${s.service}, ${s.distance_km || "<1"} km` :
      s.kind === "transfer" ? `${s.from_mode} → ${s.to_mode}` : s.kind;
    const lines = (s.lines || []).map((l) => `${l.name}${l.amount ? ` ${l.amount} ${l.currency}` : ""} → ${l.quote}`).join("; ");
    const time = s.start ? ` (${s.start.slice(0, 16).replace("T", " ")})` : "";
    for (const [c, num] of [[s.kind + time, false], [where, false], [service, false], [s.hours, true], [lines, false], [s.money, true], [s.co2e_kg, true]]) {
      const td = document.createElement("td");
      td.textContent = c;
      if (num) td.className = "num";
      tr.appendChild(td);
    }
    tb.appendChild(tr);
  }
  const tr = document.createElement("tr");
  tr.className = "total";
  const t = o.totals;
  for (const [c, num] of [["total", false], [o.summary.split(" → ").length + " stops", false], [`${t.transit}, ${t.distance_km} km, ${t.borders} borders`, false], [(t.transit_days * 24).toFixed(0), true], ["", false], [`${t.money} ${quote.currency}`, true], [t.co2e_kg, true]]) {
    const td = document.createElement("td");
    td.textContent = c;
    if (num) td.className = "num";
    tr.appendChild(td);
  }
  tb.appendChild(tr);
}
