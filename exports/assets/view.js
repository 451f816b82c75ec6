/* citegraph view: draws the graph, search, type filters, tooltips and a details panel.
 *
 * Safety rule for this file: text from the graph is only ever set with textContent or
 * createTextNode, never innerHTML, and vis-network never gets a `title` (its popups would
 * be a second text path to audit). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");
  var status = document.getElementById("status");
  var note = status.textContent;
  var colours = {};
  data.types.forEach(function (t) { colours[t.type] = t.colour; });

  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var view = (window.citegraphView = {
    network: network, nodes: nodes, edges: edges, ready: false, readyAt: null
  });

  function setStatus(text) {
    status.textContent = text + (note ? " · " + note : "");
  }

  var centre = data.centre || [];
  var summary = data.nodes.length + " nodes, " + data.edges.length + " edges" +
    (data.physics ? "" : " · layout precomputed") +
    (centre.length ? " · centred on " + centre.map(function (id) {
      return nodes.get(id).info.name;
    }).join(" and ") : "");
  view.subject = data.subject || [];
  view.centre = centre;

  // A query's view opens on what the query is about: the middle of its centre nodes goes
  // to the middle of the canvas, at the zoom the layout chose.
  function centreView() {
    if (!centre.length) return;
    var positions = network.getPositions(centre);
    var x = 0, y = 0;
    centre.forEach(function (id) { x += positions[id].x; y += positions[id].y; });
    network.moveTo({
      position: { x: x / centre.length, y: y / centre.length },
      scale: network.getScale(),
      animation: false
    });
  }
  view.centreView = centreView;

  // Ready means the picture is on screen with the summary shown. Showing the summary may
  // resize the canvas, which clears it until vis-network draws again (its resize observer
  // runs after the next layout), so ready is said after a draw two frames later, when any
  // such resize has happened.
  var finishing = false;
  function markReady() {
    if (view.ready || finishing) return;
    finishing = true;
    setStatus(summary);
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        network.once("afterDrawing", function () {
          view.ready = true;
          view.readyAt = performance.now();
          document.body.setAttribute("data-ready", "1");
        });
        network.redraw();
      });
    });
  }

  if (data.physics) {
    setStatus("laying out " + data.nodes.length + " nodes…");
    network.on("stabilizationProgress", function (p) {
      setStatus("laying out… " + Math.round((100 * p.iterations) / p.total) + "%");
    });
    network.once("stabilizationIterationsDone", function () {
      // A still picture is easier to read and costs no CPU (pyvis issue #179).
      network.setOptions({ physics: { enabled: false } });
      centreView();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", function () {
      centreView();
      markReady();
    });
  }

  // -- cards: the same text-only rendering for tooltips and the details panel ------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function kindBadge(kind) {
    var badge = el("span", "kind", kind);
    badge.style.background = colours[kind] || "#7b8794";
    return badge;
  }

  function card(kind, info) {
    var frag = document.createDocumentFragment();
    frag.appendChild(kindBadge(kind));
    frag.appendChild(el("div", "card-title", info.name));
    if (info.excerpt) frag.appendChild(el("p", "card-excerpt", info.excerpt));
    var facts = el("dl", "card-facts");
    info.facts.forEach(function (fact) {
      facts.appendChild(el("dt", "", fact[0]));
      facts.appendChild(el("dd", "", fact[1]));
    });
    frag.appendChild(facts);
    return frag;
  }

  function showTooltip(kind, info, pointer) {
    tooltip.replaceChildren(card(kind, info));
    tooltip.hidden = false;
    var x = Math.min(pointer.x + 14, container.clientWidth - tooltip.offsetWidth - 4);
    var y = Math.min(pointer.y + 14, container.clientHeight - tooltip.offsetHeight - 4);
    tooltip.style.left = Math.max(0, x) + "px";
    tooltip.style.top = Math.max(0, y) + "px";
  }

  function hideTooltip() { tooltip.hidden = true; }

  network.on("hoverNode", function (p) {
    var n = nodes.get(p.node);
    showTooltip(n.kind, n.info, p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    showTooltip(e.kind, e.info, p.pointer.DOM);
  });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  function showDetails(id) {
    var n = nodes.get(id);
    if (!n) { details.hidden = true; return; }
    details.replaceChildren(card(n.kind, n.info));
    details.hidden = false;
  }

  network.on("selectNode", function (p) { showDetails(p.nodes[0]); });
  network.on("deselectNode", function () { details.hidden = true; });

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showDetails(id);
    view.selected = id;
  }
  view.select = select;

  // -- search ------------------------------------------------------------------------------
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  var haystack = data.nodes.map(function (n) {
    return { id: n.id, kind: n.kind, name: n.info.name, key: (n.info.name + " " + n.id).toLowerCase() };
  });
  var shown = [];

  function runSearch() {
    var q = search.value.trim().toLowerCase();
    results.replaceChildren();
    shown = [];
    if (!q) { results.hidden = true; return; }
    for (var i = 0; i < haystack.length && shown.length < 30; i++) {
      var h = haystack[i];
      if (h.key.indexOf(q) !== -1 && !hiddenKinds[h.kind]) shown.push(h);
    }
    // Exact and prefix matches first: typing a whole title must put that paper on top.
    shown.sort(function (a, b) { return rank(a) - rank(b); });
    function rank(h) {
      var name = h.name.toLowerCase();
      return name === q ? 0 : name.indexOf(q) === 0 ? 1 : 2;
    }
    if (!shown.length) {
      results.appendChild(el("li", "empty", "No match"));
    }
    shown.forEach(function (h, index) {
      var li = el("li", index === 0 ? "active" : "");
      li.appendChild(kindBadge(h.kind));
      li.appendChild(el("span", "name", h.name));
      li.addEventListener("mousedown", function (ev) {
        ev.preventDefault();
        choose(h);
      });
      results.appendChild(li);
    });
    results.hidden = false;
  }

  function choose(h) {
    results.hidden = true;
    search.value = h.name;
    select(h.id);
  }

  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && shown.length) { ev.preventDefault(); choose(shown[0]); }
    if (ev.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
  search.addEventListener("focus", function () { if (search.value) runSearch(); });

  // -- legend doubling as per-type filters ----------------------------------------------
  var legend = document.getElementById("legend");
  var hiddenKinds = {};
  data.types.forEach(function (t) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t.type;
    box.setAttribute("data-type", t.type);
    var swatch = el("span", "swatch");
    swatch.style.background = t.colour;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(t.type));
    label.appendChild(el("span", "count", "(" + t.count + ")"));
    box.addEventListener("change", function () { setKindHidden(t.type, !box.checked); });
    legend.appendChild(label);
  });

  function setKindHidden(kind, hidden) {
    hiddenKinds[kind] = hidden;
    var kindOf = {};
    nodes.forEach(function (n) { kindOf[n.id] = n.kind; });
    nodes.update(nodes.getIds({ filter: function (n) { return n.kind === kind; } })
      .map(function (id) { return { id: id, hidden: hidden }; }));
    edges.update(edges.get().map(function (e) {
      return { id: e.id, hidden: !!(hiddenKinds[kindOf[e.from]] || hiddenKinds[kindOf[e.to]]) };
    }));
  }
  view.setKindHidden = setKindHidden;
})();
