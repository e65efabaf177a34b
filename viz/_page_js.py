"""The page's own script: legend, search, filters, focus, physics and safe tooltips.

Every piece of document text reaches the page through ``textContent`` or a canvas
label, never through ``innerHTML``; vis-network's ``title`` (which it may render as
HTML) is never set.  ``window.partnergraph`` exposes the state for tests.
"""

PAGE_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("pg-data").textContent);
  var INFO = DATA.nodes, EINFO = DATA.edges;
  var SVGNS = "http://www.w3.org/2000/svg";
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // ---- data and network -------------------------------------------------------------------
  var state = {
    types: new Set(DATA.types.map(function (t) { return t.name; })),
    relations: new Set(DATA.relations.map(function (r) { return r.name; })),
    sectors: "", places: "", themes: "", documents: "",
    focus: null, depth: 1, physics: false, settled: false,
    unlinked: !DATA.hide_unlinked
  };
  var visNodes = new vis.DataSet(DATA.vis.nodes);
  var visEdges = new vis.DataSet(DATA.vis.edges);
  var visible = new Set(DATA.vis.nodes.map(function (n) { return n.id; }));
  var nodeView = new vis.DataView(visNodes, { filter: function (n) { return visible.has(n.id); } });
  var edgeView = new vis.DataView(visEdges, {
    filter: function (e) { return visible.has(e.from) && visible.has(e.to) && state.relations.has(EINFO[e.id].relation); }
  });
  var adjacency = DATA.vis.nodes.map(function () { return []; });
  DATA.vis.edges.forEach(function (e) { adjacency[e.from].push(e.to); adjacency[e.to].push(e.from); });

  var options = DATA.vis.options;
  var network = new vis.Network($("pg-network"), { nodes: nodeView, edges: edgeView }, options);

  function settle() {
    network.setOptions({ physics: { enabled: state.physics } });
    state.settled = true;
    document.body.setAttribute("data-settled", "yes");
    $("pg-physics").textContent = state.physics ? "Physics: on" : "Physics: off";
    $("pg-physics").setAttribute("aria-pressed", state.physics ? "true" : "false");
  }
  network.once("stabilizationIterationsDone", settle);
  network.on("stabilizationIterationsDone", function () { if (state.settled) { settle(); } });
  if (DATA.vis.nodes.length === 0 || DATA.prelaid) { settle(); }

  // ---- legend (from the types present) ----------------------------------------------------
  function swatch(shape, colour, dashes, isEdge) {
    var svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("width", "26"); svg.setAttribute("height", "26"); svg.setAttribute("viewBox", "0 0 26 26");
    svg.setAttribute("aria-hidden", "true");
    var s;
    if (isEdge) {
      s = document.createElementNS(SVGNS, "line");
      s.setAttribute("x1", "1"); s.setAttribute("y1", "13"); s.setAttribute("x2", "25"); s.setAttribute("y2", "13");
      s.setAttribute("stroke", colour); s.setAttribute("stroke-width", "4");
      if (dashes) { s.setAttribute("stroke-dasharray", "5 4"); }
      svg.appendChild(s); return svg;
    }
    var pts = {
      diamond: "13,1 25,13 13,25 1,13", triangle: "13,2 25,24 1,24", triangleDown: "1,2 25,2 13,24",
      hexagon: "7,2 19,2 25,13 19,24 7,24 1,13",
      star: "13,1 16,9 25,9 18,15 21,24 13,19 5,24 8,15 1,9 10,9"
    }[shape];
    if (pts) { s = document.createElementNS(SVGNS, "polygon"); s.setAttribute("points", pts); }
    else if (shape === "square" || shape === "box") {
      s = document.createElementNS(SVGNS, "rect");
      s.setAttribute("x", "3"); s.setAttribute("y", shape === "box" ? "6" : "3");
      s.setAttribute("width", "20"); s.setAttribute("height", shape === "box" ? "14" : "20");
      if (shape === "box") { s.setAttribute("rx", "3"); }
    } else if (shape === "ellipse") {
      s = document.createElementNS(SVGNS, "ellipse");
      s.setAttribute("cx", "13"); s.setAttribute("cy", "13"); s.setAttribute("rx", "12"); s.setAttribute("ry", "8");
    } else {
      s = document.createElementNS(SVGNS, "circle");
      s.setAttribute("cx", "13"); s.setAttribute("cy", "13"); s.setAttribute("r", "11");
    }
    s.setAttribute("fill", colour); s.setAttribute("stroke", "#333"); s.setAttribute("stroke-width", "1.5");
    svg.appendChild(s);
    return svg;
  }
  function legendItem(list, key, set, text, sw, count) {
    var li = el("li", "pg-legend-item");
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.setAttribute("data-key", key);
    box.addEventListener("change", function () { if (box.checked) { set.add(key); } else { set.delete(key); } apply(); });
    label.appendChild(box); label.appendChild(sw);
    label.appendChild(el("span", "pg-legend-label", text));
    label.appendChild(el("span", "pg-count", count));
    li.appendChild(label); list.appendChild(li);
  }
  DATA.types.forEach(function (t) {
    legendItem($("pg-legend-types"), t.name, state.types, t.plural, swatch(t.shape, t.colour), t.count);
  });
  DATA.relations.forEach(function (r) {
    legendItem($("pg-legend-relations"), r.name, state.relations, r.label, swatch(null, r.colour, r.dashes, true), r.count);
  });

  // ---- filters ------------------------------------------------------------------------------
  ["sectors", "places", "themes", "documents"].forEach(function (facet) {
    var select = $("pg-filter-" + facet);
    var values = DATA.facets[facet] || [];
    if (!values.length) { select.closest(".pg-filter").hidden = true; return; }
    values.forEach(function (v) { var o = el("option", null, v[1]); o.value = v[0]; select.appendChild(o); });
    select.addEventListener("change", function () { state[facet] = select.value; apply(); });
  });

  function passes(i) {
    var n = INFO[i];
    if (!state.types.has(n.type)) { return false; }
    if (!state.unlinked && adjacency[i].length === 0) { return false; }
    if (state.sectors && n.sectors.indexOf(state.sectors) < 0) { return false; }
    if (state.places && n.places.indexOf(state.places) < 0) { return false; }
    if (state.themes && n.themes.indexOf(state.themes) < 0) { return false; }
    if (state.documents && n.documents.indexOf(state.documents) < 0) { return false; }
    return true;
  }
  function apply() {
    var next = new Set();
    for (var i = 0; i < INFO.length; i++) { if (passes(i)) { next.add(i); } }
    if (state.focus !== null && next.has(state.focus)) {
      var reached = new Set([state.focus]), frontier = [state.focus];
      for (var d = 0; d < state.depth && frontier.length; d++) {
        var nf = [];
        frontier.forEach(function (n) {
          adjacency[n].forEach(function (m) { if (next.has(m) && !reached.has(m)) { reached.add(m); nf.push(m); } });
        });
        frontier = nf;
      }
      next = reached;
    }
    visible = next;
    nodeView.refresh(); edgeView.refresh();
    $("pg-status").textContent = "Showing " + visible.size + " of " + INFO.length + " nodes" +
      (state.focus !== null ? " (focus: " + INFO[state.focus].label + ", depth " + state.depth + ")" : "");
    if (visible.size) {
      if (state.settled && !state.physics && !DATA.prelaid && visible.size < 1500) {
        network.setOptions({ physics: { enabled: true } });
        network.stabilize(120);
      }
      network.fit({ animation: false });
      scheduleLabels();
    }
  }

  // ---- labels readable from the back of the room ------------------------------------------
  // Labels smaller than drawThreshold on screen are not drawn; in small views they are scaled up
  // so that every label stays readable after the view is fitted to the screen.
  var LABEL = { min: options.nodes.scaling.label.min, max: options.nodes.scaling.label.max };
  var labelFactor = 1, labelPending = false;
  function readableLabels() {
    labelPending = false;
    var scale = network.getScale();
    var cap = visible.size <= 40 ? 3 : (visible.size <= 150 ? 1.8 : (visible.size <= 400 ? 1.4 : 1));
    var factor = Math.min(cap, Math.max(1, 17 / (LABEL.min * scale)));
    document.body.setAttribute("data-label-factor", factor.toFixed(2));
    if (Math.abs(factor - labelFactor) < 0.05) { return; }
    labelFactor = factor;
    network.setOptions({ nodes: { scaling: { label: { min: LABEL.min * factor, max: LABEL.max * factor } } } });
    // vis-network applies scaling when values are re-read; ask it to re-read them (no layout change).
    network.body.emitter.emit("_dataUpdated");
  }
  function scheduleLabels() { if (!labelPending) { labelPending = true; window.requestAnimationFrame(readableLabels); } }
  network.on("zoom", scheduleLabels);
  network.on("stabilizationIterationsDone", scheduleLabels);

  // ---- focus --------------------------------------------------------------------------------
  function setFocus(i) {
    state.focus = (i === null || i === undefined) ? null : i;
    $("pg-focus-clear").disabled = state.focus === null;
    apply();
    if (state.focus !== null) { network.selectNodes([state.focus]); showDetails(state.focus, false); }
  }
  $("pg-depth").addEventListener("input", function () {
    state.depth = parseInt($("pg-depth").value, 10) || 1;
    $("pg-depth-value").textContent = String(state.depth);
    if (state.focus !== null) { apply(); }
  });
  $("pg-focus-clear").addEventListener("click", function () { setFocus(null); });
  network.on("doubleClick", function (p) { if (p.nodes.length) { setFocus(p.nodes[0]); } });

  // ---- search -------------------------------------------------------------------------------
  function norm(s) { return String(s).toLowerCase().replace(/\s+/g, " ").trim(); }
  function findNode(query) {
    var q = norm(query), best = null, rank = 4;
    if (!q) { return null; }
    for (var i = 0; i < INFO.length; i++) {
      var names = [INFO[i].label].concat(INFO[i].aliases || []);
      for (var k = 0; k < names.length; k++) {
        var w = norm(names[k]);
        var r = w === q ? 0 : (w.indexOf(q) === 0 ? 1 : (w.indexOf(q) > 0 ? 2 : 4));
        if (r < rank) { rank = r; best = i; }
      }
      if (rank === 0) { break; }
    }
    return best;
  }
  function search(query) {
    var i = findNode(query);
    if (i === null) { $("pg-search-result").textContent = "No match for \u201c" + query + "\u201d"; return null; }
    if (!visible.has(i)) { resetFilters(); }
    network.selectNodes([i]);
    network.focus(i, { scale: 1.1, animation: false });
    showDetails(i, false);
    $("pg-search-result").textContent = "Found: " + INFO[i].label;
    return i;
  }
  $("pg-search-form").addEventListener("submit", function (ev) { ev.preventDefault(); search($("pg-search").value); });

  function resetFilters() {
    state.types = new Set(DATA.types.map(function (t) { return t.name; }));
    state.relations = new Set(DATA.relations.map(function (r) { return r.name; }));
    ["sectors", "places", "themes", "documents"].forEach(function (f) { state[f] = ""; $("pg-filter-" + f).value = ""; });
    document.querySelectorAll(".pg-legend-item input").forEach(function (b) { b.checked = true; });
    state.focus = null; $("pg-focus-clear").disabled = true;
    state.unlinked = true; $("pg-unlinked").checked = true;
    apply();
  }
  $("pg-reset").addEventListener("click", resetFilters);
  var unlinkedBox = $("pg-unlinked");
  var unlinkedCount = adjacency.filter(function (a) { return a.length === 0; }).length;
  if (!unlinkedCount) { unlinkedBox.closest(".pg-filter").hidden = true; }
  $("pg-unlinked-count").textContent = String(unlinkedCount);
  unlinkedBox.checked = state.unlinked;
  unlinkedBox.addEventListener("change", function () { state.unlinked = unlinkedBox.checked; apply(); });

  // ---- physics ------------------------------------------------------------------------------
  $("pg-physics").addEventListener("click", function () {
    state.physics = !state.physics;
    network.setOptions({ physics: { enabled: state.physics } });
    $("pg-physics").textContent = state.physics ? "Physics: on" : "Physics: off";
    $("pg-physics").setAttribute("aria-pressed", state.physics ? "true" : "false");
  });
  $("pg-fit").addEventListener("click", function () { network.fit({ animation: false }); });
  $("pg-panel-toggle").addEventListener("click", function () {
    document.body.classList.toggle("pg-panel-hidden");
    $("pg-panel-toggle").textContent = document.body.classList.contains("pg-panel-hidden") ? "Show panel" : "Hide panel";
    network.redraw(); network.fit({ animation: false });
  });

  // ---- provenance: tooltips and the details panel (textContent only) -----------------------
  function sourcesBlock(parent, sources, count) {
    if (!sources || !sources.length) { return; }
    parent.appendChild(el("div", "pg-tip-heading", count === 1 ? "Source" : "Sources (" + count + ")"));
    sources.forEach(function (s) {
      var box = el("div", "pg-source");
      box.appendChild(el("div", "pg-source-doc", s.document + (s.title ? " \u2014 " + s.title : "")));
      if (s.location) { box.appendChild(el("div", "pg-source-loc", s.location)); }
      if (s.quote) { box.appendChild(el("blockquote", "pg-quote", "\u201c" + s.quote + "\u201d")); }
      parent.appendChild(box);
    });
    if (count > sources.length) { parent.appendChild(el("div", "pg-more", "and " + (count - sources.length) + " more")); }
  }
  function fact(parent, name, value) {
    if (value === undefined || value === null || value === "" || (value.length === 0)) { return; }
    var row = el("div", "pg-fact");
    row.appendChild(el("span", "pg-fact-name", name + ": "));
    row.appendChild(el("span", "pg-fact-value", Array.isArray(value) ? value.join("; ") : value));
    parent.appendChild(row);
  }
  var TYPE_LABEL = {}; DATA.types.forEach(function (t) { TYPE_LABEL[t.name] = t.label; });
  var SECTOR_LABEL = {}; (DATA.facets.sectors || []).forEach(function (s) { SECTOR_LABEL[s[0]] = s[1]; });
  function nodeContent(i) {
    var n = INFO[i], box = el("div", "pg-tip-body");
    box.appendChild(el("div", "pg-tip-title", n.label));
    fact(box, "Type", TYPE_LABEL[n.type] || n.type);
    fact(box, "Also called", n.aliases);
    fact(box, "Place", n.place || "");
    fact(box, "Sectors", (n.sectors || []).map(function (s) { return SECTOR_LABEL[s] || s; }));
    fact(box, "Reference theme", n.reference || []);
    (n.facts || []).forEach(function (f) { fact(box, f[0], f[1]); });
    sourcesBlock(box, n.sources, n.source_count);
    return box;
  }
  function edgeContent(j) {
    var e = EINFO[j], v = DATA.vis.edges[j], box = el("div", "pg-tip-body");
    box.appendChild(el("div", "pg-tip-title", INFO[v.from].label + " \u2192 " + e.label + " \u2192 " + INFO[v.to].label));
    sourcesBlock(box, e.sources, e.source_count);
    return box;
  }
  var tip = $("pg-tip");
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var area = $("pg-network").getBoundingClientRect();
    var x = Math.min(pointer.x + 18, area.width - tip.offsetWidth - 8);
    var y = Math.min(pointer.y + 18, area.height - tip.offsetHeight - 8);
    tip.style.left = Math.max(4, x) + "px"; tip.style.top = Math.max(4, y) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeContent(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeContent(p.edge), p.pointer.DOM); });
  network.on("blurNode", hideTip); network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip); network.on("zoom", hideTip);

  function showDetails(i, isEdge) {
    var panel = $("pg-details");
    panel.replaceChildren(isEdge ? edgeContent(i) : nodeContent(i));
    if (!isEdge) {
      var b = el("button", "pg-button", "Focus on this");
      b.type = "button";
      b.addEventListener("click", function () { setFocus(i); });
      panel.appendChild(b);
    }
    panel.hidden = false;
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showDetails(p.nodes[0], false); }
    else if (p.edges.length) { showDetails(p.edges[0], true); }
  });

  // ---- for tests and for people at the console ---------------------------------------------
  window.partnergraph = {
    network: network, state: state, data: DATA,
    visibleLabels: function () { return Array.from(visible).map(function (i) { return INFO[i].label; }).sort(); },
    selectedLabels: function () { return network.getSelectedNodes().map(function (i) { return INFO[i].label; }); },
    search: search, focus: function (label, depth) {
      if (depth) { state.depth = depth; $("pg-depth").value = String(depth); $("pg-depth-value").textContent = String(depth); }
      setFocus(findNode(label));
    },
    reset: resetFilters
  };
  apply();
})();
"""
