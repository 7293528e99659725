/* timeline.rendering: builds an itinerary map from the compact JSON the Python side writes.
 * Every string in the data is already HTML-escaped by Python; this code only concatenates
 * (basemap names, which are not, go through esc()).
 * Data layout (see timeline/rendering/map.py, _payload):
 *   people  [name, title, colour, other, lang]   trips [person, dates, [source...], planned, day0, more, kind]
 *   sources [headline, href or -1, path]   stops   [trip, seq, lat, lon, place, day0, more, dates, evidence, other, lang]
 *   legs    [stop a...] (to stop a + 1)    shifts  [[stop a, offset px]...] for legs two people share
 *   regions [trip, lat, lon, name, outline, other, lang] for trips with no city stop (outline: "c12", "a3" or null)
 *   divisions [lat, lon, name, lang]       provinces the other trips touch (labels only)
 * A name is in the report's script; other is the same name in the other script ("" or -1: none),
 * shown in popups and tooltips; lang indexes LANGS: the lang attributes of name and other.
 *   bounds, view  [[south, west], [north, east]] or null: every stop, and where most stops are
 *   days [first, last] or null             tiles {url, options} or null
 * Strings are indices into P.strings (-1: none).  day0 is the first day, in days since 1970-01-01;
 * more is how many days follow it; both are null when the date is unknown.
 * The basemap B (timeline/rendering/_basemap.py): countries and admin1.CHN rows
 * [name, lat, lon, area, [ring...]], a ring being delta-encoded integer lat/lon pairs in 1/quantum degrees. */
(function () {
  "use strict";
  var DAY = 86400000;
  var LABEL_ZOOM = 3;  // stop names show from this zoom on, where they fit

  // [lang of the name, lang of the other script] (timeline/rendering/_names.py, LANG_CODES)
  var LANGS = [['', ''], ['zh-Hans', 'en'], ['zh-Hant', 'en'], ['', 'zh-Hans'], ['', 'zh-Hant']];
  function langAttr(code, which) { var l = (LANGS[code] || LANGS[0])[which]; return l ? ' lang="' + l + '"' : ''; }
  // An escaped name with its lang, then the other script (escaped too) where there is one.
  function named(text, other, code) {
    var h = langAttr(code, 0) ? '<span' + langAttr(code, 0) + '>' + text + '</span>' : text;
    return other ? h + ' <span class="tl-other"' + langAttr(code, 1) + '>' + other + '</span>' : h;
  }
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  // The slider's label, in the words the popups and the chart use: "9 Oct 2025".
  function dayWords(ms) {
    var d = new Date(ms);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function unesc(s) { var t = document.createElement('textarea'); t.innerHTML = s; return t.value; }
  function decodeRing(flat, q) {
    var out = [], lat = 0, lon = 0;
    for (var i = 0; i < flat.length; i += 2) { lat += flat[i]; lon += flat[i + 1]; out.push([lat / q, lon / q]); }
    return out;
  }
  function shape(B, row) { return row[4].map(function (r) { return [decodeRing(r, B.quantum)]; }); }
  function outlineRow(B, ref) {
    if (!ref) { return null; }
    return (ref[0] === 'c' ? B.countries : B.admin1.CHN)[+ref.slice(1)] || null;
  }

  // Boxes in container pixels: {l, t, r, b}.
  function rel(el, base) {
    var r = el.getBoundingClientRect();
    return {l: r.left - base.left, t: r.top - base.top, r: r.right - base.left, b: r.bottom - base.top};
  }
  function hits(a, b) { return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b; }
  function grow(a, d) { return {l: a.l - d, t: a.t - d, r: a.r + d, b: a.b + d}; }

  function controlBoxes(map) {
    var base = map.getContainer().getBoundingClientRect();
    return Array.prototype.map.call(map.getContainer().querySelectorAll('.leaflet-control'),
      function (el) { return rel(el, base); }).filter(function (b) { return b.r > b.l && b.b > b.t; });
  }

  // Room the first view leaves for the controls: each corner's controls push in from the side
  // where they take less room (the slider from the bottom, the zoom buttons from the left).
  function controlPadding(map) {
    var size = map.getSize(), pad = {l: 0, t: 0, r: 0, b: 0};
    controlBoxes(map).forEach(function (c) {
      var fromLeft = c.r, fromRight = size.x - c.l, fromTop = c.b, fromBottom = size.y - c.t;
      var side = Math.min(fromLeft, fromRight) / size.x <= Math.min(fromTop, fromBottom) / size.y ?
        (fromLeft <= fromRight ? 'l' : 'r') : (fromTop <= fromBottom ? 't' : 'b');
      var need = {l: fromLeft, r: fromRight, t: fromTop, b: fromBottom}[side];
      pad[side] = Math.max(pad[side], need);
    });
    return pad;
  }

  // The first view: where most stops are (P.view), clear of every control.  A stop that a control
  // would cover is added to the box and the fit is done again.
  function fit(map, P) {
    if (!P.view) { return; }
    var pad = controlPadding(map), box = L.latLngBounds(P.view), size = map.getSize();
    var pts = P.stops.map(function (r) { return [r[2], r[3]]; })
      .concat(P.regions.map(function (g) { return [g[1], g[2]]; }));
    for (var k = 0; k < 6; k++) {
      map.fitBounds(box, {paddingTopLeft: [pad.l + 16, pad.t + 16], paddingBottomRight: [pad.r + 16, pad.b + 16],
                          maxZoom: 8, animate: false});
      var controls = controlBoxes(map), covered = pts.filter(function (p) {
        var c = map.latLngToContainerPoint(p), me = {l: c.x - 14, t: c.y - 14, r: c.x + 14, b: c.y + 14};
        if (me.r < 0 || me.b < 0 || me.l > size.x || me.t > size.y) { return false; }
        return controls.some(function (b) { return hits(me, b); });
      });
      if (!covered.length) { return; }
      covered.forEach(function (p) { box.extend(p); });
    }
  }

  function build(map, P, groups, B) {
    var S = P.strings;
    var self = {map: map, data: P, markers: [], legs: [], regions: [], outlines: [], timelines: [], slider: null,
                timings: {}, shown: [], baseLabels: [], tiles: null};
    var colour = function (trip) { return P.people[P.trips[trip][0]][2]; };
    var container = map.getContainer();
    L.DomUtil.addClass(container, 'tl-map');

    function sourcesHtml(t) {
      var h = '';
      t[2].forEach(function (si) {
        var s = P.sources[si], label = S[s[0]] || S[s[2]];
        h += '<div class="tl-pop-source">' + (s[1] >= 0 ?
          '<a href="' + S[s[1]] + '" target="_blank" rel="noopener noreferrer">' + label + '</a>' : label) + '</div>';
      });
      return h;
    }
    function other(k) { return k >= 0 ? S[k] : ''; }
    function personHtml(p) { return named(p[0], p[3], p[4]) + (p[1] ? ', ' + p[1] : ''); }
    function popup(i) {
      var r = P.stops[i], t = P.trips[r[0]], p = P.people[t[0]];
      var h = '<div class="tl-popup"><div class="tl-pop-place">' + named(r[1] + '. ' + S[r[4]], other(r[9]), r[10]) + '</div>' +
        '<div class="tl-pop-dates">' + S[r[7]] + (t[3] ? ' (planned)' : '') + '</div>' +
        '<div class="tl-pop-person">' + personHtml(p) + '</div>';
      if (r[8] >= 0) { h += '<blockquote class="tl-pop-evidence">\u201c' + S[r[8]] + '\u201d</blockquote>'; }
      return h + sourcesHtml(t) + '</div>';
    }
    function tripPopup(trip) {
      var t = P.trips[trip], p = P.people[t[0]], places = [];
      P.stops.forEach(function (r) { if (r[0] === trip) { places.push(named(S[r[4]], '', r[10])); } });
      if (!places.length) {
        P.regions.forEach(function (g) { if (g[0] === trip) { places.push(named(S[g[3]], '', g[6])); } });
      }
      return '<div class="tl-popup"><div class="tl-pop-place">' + S[t[6]] + (places.length ? ': ' + places.join(', ') : '') +
        '</div><div class="tl-pop-dates">' + S[t[1]] + (t[3] ? ' (planned)' : '') + '</div>' +
        '<div class="tl-pop-person">' + personHtml(p) + '</div>' + sourcesHtml(t) + '</div>';
    }

    // The basemap: land and borders on a canvas in a pane under the tiles, so it shows wherever
    // the tiles do not load (or none are asked for).  Country labels sit with it.
    var t0 = performance.now();
    map.createPane('tl-base').style.zIndex = 150;
    map.createPane('tl-base-labels').style.zIndex = 160;
    map.createPane('tl-labels').style.zIndex = 450;
    ['tl-base', 'tl-base-labels', 'tl-labels'].forEach(function (n) { map.getPane(n).style.pointerEvents = 'none'; });
    if (B) {
      var canvas0 = L.canvas({pane: 'tl-base', padding: 0.3});
      self.basemap = L.layerGroup().addTo(map);
      B.countries.forEach(function (row) {
        L.polygon(shape(B, row), {renderer: canvas0, pane: 'tl-base', color: '#a39c8c', weight: 0.8, fillColor: '#f7f4ec',
                                  fillOpacity: 1, interactive: false}).addTo(self.basemap);
        self.baseLabels.push({kind: 'country', area: row[3], marker: L.marker([row[1], row[2]], {
          icon: L.divIcon({className: 'tl-maplabel tl-country', html: '<span>' + esc(row[0]) + '</span>', iconSize: null}),
          pane: 'tl-base-labels', interactive: false, keyboard: false})});
      });
      B.admin1.CHN.forEach(function (row) {
        L.polygon(shape(B, row), {renderer: canvas0, pane: 'tl-base', color: '#b3ab9b', weight: 0.7, dashArray: '4 3',
                                  fill: false, interactive: false}).addTo(self.basemap);
      });
      map.attributionControl.addAttribution('Basemap: Natural Earth');
    }
    P.divisions.forEach(function (d) {
      self.baseLabels.push({kind: 'division', area: Infinity, marker: L.marker([d[0], d[1]], {
        icon: L.divIcon({className: 'tl-maplabel tl-division', html: '<span' + langAttr(d[3], 0) + '>' + S[d[2]] + '</span>',
                         iconSize: null}),
        pane: 'tl-labels', interactive: false, keyboard: false}).addTo(map)});
    });
    self.baseLabels.sort(function (a, b) { return b.area - a.area; });
    self.timings.basemap = performance.now() - t0;

    // Controls first (the legend and the slider), so that the first view can keep clear of them.
    var legend = L.control({position: 'topright'});
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'tl-legend leaflet-bar');
      var undated = P.stops.some(function (r) { return r[5] === null; });
      var planned = P.trips.some(function (t) { return t[3]; });
      var h = '<button type="button" class="tl-legend-toggle" aria-expanded="true">Legend</button><div class="tl-legend-body">';
      P.people.forEach(function (p, i) {
        h += '<div class="tl-legend-person"><input type="checkbox" checked data-person="' + i + '" aria-label="show ' + p[0] +
          '"><button type="button" class="tl-legend-zoom" data-person="' + i + '" title="zoom to ' + p[0] +
          (p[3] ? ' (' + p[3] + ')' : '') + '\u2019s stops">' +
          '<span class="tl-swatch" style="background:' + p[2] + '"></span>' + named(p[0], '', p[4]) + '</button></div>';
      });
      h += '<div class="tl-legend-key"><div><span class="tl-key-badge">1</span>order of stops in a trip</div>' +
        '<div><svg width="30" height="8" aria-hidden="true"><line x1="0" y1="4" x2="30" y2="4" stroke="#555" stroke-width="3"/></svg>journey made</div>';
      if (planned) {
        h += '<div><svg width="30" height="8" aria-hidden="true"><line x1="0" y1="4" x2="30" y2="4" stroke="#555" stroke-width="3" stroke-dasharray="7 5"/></svg>journey planned</div>';
      }
      if (undated) { h += '<div><span class="tl-key-badge tl-key-undated">1</span>stop with no date (always shown)</div>'; }
      if (P.regions.length) { h += '<div><span class="tl-key-region">region</span>trip with no place named</div>'; }
      if (P.tiles) { h += '<label><input type="checkbox" class="tl-tiles-toggle" checked>online map tiles</label>'; }
      div.innerHTML = h + '</div></div>';
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      var toggle = div.querySelector('.tl-legend-toggle');
      function collapse(on) {
        L.DomUtil[on ? 'addClass' : 'removeClass'](div, 'tl-collapsed');
        toggle.setAttribute('aria-expanded', on ? 'false' : 'true');
      }
      toggle.addEventListener('click', function () { collapse(!L.DomUtil.hasClass(div, 'tl-collapsed')); self.declutter(); });
      self.collapseLegend = collapse;
      Array.prototype.forEach.call(div.querySelectorAll('input[data-person]'), function (box) {
        box.addEventListener('change', function () {
          var g = groups[+box.dataset.person];
          if (box.checked) { g.addTo(map); } else { map.removeLayer(g); }
          self.declutter();
        });
      });
      Array.prototype.forEach.call(div.querySelectorAll('.tl-legend-zoom'), function (b) {
        b.addEventListener('click', function () { self.zoomToPerson(+b.dataset.person); });
      });
      var tilesBox = div.querySelector('.tl-tiles-toggle');
      if (tilesBox) {
        tilesBox.addEventListener('change', function () {
          self.tilesOff = !tilesBox.checked;
          if (tilesBox.checked) { self.tiles.addTo(map); } else { map.removeLayer(self.tiles); }
        });
      }
      return div;
    };
    if (P.people.length) { legend.addTo(map); }
    self.legend = legend;

    var first = P.days ? P.days[0] * DAY + DAY / 2 : 0, last = P.days ? P.days[1] * DAY + DAY / 2 : 0;
    if (P.days) {
      self.slider = L.timelineSliderControl({
        autoPlay: false, enableKeyboardControls: true, waitToUpdateMap: false, start: first, end: last,
        showTicks: P.stops.length <= 400, steps: Math.max(1, P.days[1] - P.days[0]),
        duration: Math.min(20000, Math.max(3000, 250 * (P.days[1] - P.days[0]))), formatOutput: dayWords
      });
      self.slider.addTo(map);
    }
    // The legend's list scrolls above the slider; it starts closed on a narrow map, or where it would
    // have to scroll (it opens with a click).
    if (P.people.length) {
      var body = legend.getContainer().querySelector('.tl-legend-body');
      var below = container.querySelector('.leaflet-bottom.leaflet-left').getBoundingClientRect().height;
      var room = map.getSize().y - below - 60;
      body.style.maxHeight = Math.max(60, room) + 'px';
      self.collapseLegend(map.getSize().x < 640 || body.scrollHeight > room);
    }
    fit(map, P);

    // Tiles are asked for once the page has loaded: the page is whole without them.
    if (P.tiles) {
      self.tiles = L.tileLayer(P.tiles.url, P.tiles.options);
      var addTiles = function () { if (!self.tilesOff) { self.tiles.addTo(map); } };
      if (document.readyState === 'complete') { addTiles(); } else { window.addEventListener('load', addTiles); }
    }

    // Stops: numbered badges with their names, one layer per person (clustered past the threshold,
    // without names).  Popups and tooltips are made when asked for, by one listener per person.
    t0 = performance.now();
    var targets = groups.map(function (g) {
      // Clusters are computed for every zoom level up front; past zoom 10 a view holds few
      // enough stops to show them all, and stopping there halves the work at 10,000 stops.
      return P.cluster ? L.markerClusterGroup({chunkedLoading: false, maxClusterRadius: 40,
                                               disableClusteringAtZoom: 11}).addTo(g) : g;
    });
    self.targets = targets;
    var icons = {};  // clustered: one icon per colour, number and kind, shared by the markers that look alike
    function icon(r, c, k) {
      var undated = r[5] === null, cls = 'tl-stop' + (undated ? ' tl-undated' : '');
      var a = k * 2.4, d = k ? 15 : 0;  // the k-th badge on one spot: a ring
      var anchor = [12 - Math.round(d * Math.cos(a)), 12 - Math.round(d * Math.sin(a))];
      var badge = '<span class="tl-badge" style="background:' + c + '">' + r[1] + '</span>';
      if (P.cluster) {
        var key = c + r[1] + (undated ? '?' : '');
        return icons[key] || (icons[key] = L.divIcon({className: cls, html: badge, iconSize: [24, 24], iconAnchor: anchor}));
      }
      return L.divIcon({className: cls, html: badge + '<span class="tl-name tl-off"' + langAttr(r[10], 0) + '>' + S[r[4]] + '</span>',
                        iconSize: [24, 24], iconAnchor: anchor});
    }
    // Stops at the very same spot (a city visited on several trips) would hide one another: without
    // clustering, the second and later badges there move out onto a small ring around it.
    var onSpot = {};
    var pending = groups.map(function () { return []; });
    P.stops.forEach(function (r, i) {
      var spot = r[2] + ',' + r[3], k = P.cluster ? 0 : (onSpot[spot] = (onSpot[spot] || 0) + 1) - 1;
      var m = L.marker([r[2], r[3]], {icon: icon(r, colour(r[0]), k), riseOnHover: true,
                                      title: P.cluster ? '' : r[1] + '. ' + unesc(S[r[4]])});
      m.stopIndex = i;
      self.markers.push(m);
      self.shown.push(true);
      pending[P.trips[r[0]][0]].push(m);
    });
    pending.forEach(function (ms, person) {
      if (P.cluster) { targets[person].addLayers(ms); } else { ms.forEach(function (m) { m.addTo(targets[person]); }); }
    });
    self.openStop = function (i) {
      var m = self.markers[i];
      L.popup({maxWidth: Math.min(320, map.getSize().x - 70), offset: [0, -8]}).setLatLng(m.getLatLng()).setContent(popup(i)).openOn(map);
      self.markers.forEach(function (o) { if (o._icon) { L.DomUtil.removeClass(o._icon, 'tl-picked'); } });
      if (m._icon) { L.DomUtil.addClass(m._icon, 'tl-picked'); }
    };
    targets.forEach(function (t) {
      t.on('click', function (e) {
        if (e.layer.stopIndex === undefined) { return; }
        self.openStop(e.layer.stopIndex);
        map.fire('tl:stop', {stop: e.layer.stopIndex});  // the linked page highlights the stop's bar
      });
      t.on('mouseover', function (e) {
        var i = e.layer.stopIndex;
        if (i === undefined) { return; }
        var r = P.stops[i];
        e.layer.bindTooltip(named(r[1] + '. ' + S[r[4]], other(r[9]), r[10]) + ' \u2013 ' + S[r[7]],
                            {direction: 'top', offset: [0, -10]}).openTooltip();
      });
    });
    self.timings.stops = performance.now() - t0;

    // Legs: one line per pair of consecutive stops, with a direction arrow; shared legs side by side;
    // a planned trip's legs dashed.  Past the threshold, a trip's legs are one canvas line with no
    // arrows: ten thousand SVG lines and arrows would take seconds to draw.
    t0 = performance.now();
    self.legStops = [];
    if (P.arrows) {
      var shift = {};
      P.shifts.forEach(function (s) { shift[s[0]] = s[1]; });
      P.legs.forEach(function (l) {
        var a = P.stops[l], b = P.stops[l + 1], c = colour(a[0]), planned = P.trips[a[0]][3];
        var line = L.polyline([[a[2], a[3]], [b[2], b[3]]],
          {color: c, weight: 3, opacity: 0.85, offset: shift[l] || 0, dashArray: planned ? '7 6' : null,
           className: 'tl-leg' + (planned ? ' tl-planned' : ''), interactive: false})
          .addTo(groups[P.trips[a[0]][0]]);
        line.setText('\u25ba', {center: true, offset: 5, attributes: {fill: c, 'font-size': '15', 'class': 'tl-arrow'}});
        line.trip = a[0];
        self.legs.push(line);
        self.legStops.push([l, l + 1]);
      });
    } else {
      var canvas = L.canvas({padding: 0.2}), paths = {};
      P.legs.forEach(function (l) {
        var a = P.stops[l], path = paths[a[0]];
        if (!path) { path = paths[a[0]] = [l]; }
        path.push(l + 1);
      });
      Object.keys(paths).forEach(function (trip) {
        var c = colour(+trip), planned = P.trips[+trip][3], idx = paths[trip];
        var line = L.polyline(idx.map(function (i) { return [P.stops[i][2], P.stops[i][3]]; }),
          {color: c, weight: 2, opacity: 0.6, renderer: canvas, interactive: false, dashArray: planned ? '6 5' : null})
          .addTo(groups[P.trips[+trip][0]]);
        line.trip = +trip;
        self.legs.push(line);
        self.legStops.push(idx);
      });
    }
    self.timings.legs = performance.now() - t0;

    // Trips with no city stop: the region's outline (when the basemap has it) and a label at its
    // point, in the person's colour; clicking either zooms to the region.
    P.regions.forEach(function (g, n) {
      var c = colour(g[0]), group = groups[P.trips[g[0]][0]], row = outlineRow(B, g[4]);
      var outline = row ? L.polygon(shape(B, row), {color: c, weight: 1.5, dashArray: '5 4', fillColor: c,
                                                    fillOpacity: 0.08, className: 'tl-region-outline'}).addTo(group) : null;
      var m = L.marker([g[1], g[2]], {
        icon: L.divIcon({className: 'tl-region', html: '<span style="border-color:' + c + ';color:' + c + '"' +
                         langAttr(g[6], 0) + '>' + S[g[3]] + '</span>', iconSize: null}),
        keyboard: true, title: unesc(S[g[3]]) + (g[5] >= 0 ? ' (' + unesc(S[g[5]]) + ')' : '')
      }).addTo(group);
      m.regionIndex = n;
      [m, outline].forEach(function (x) {
        if (x) { x.on('click', function () { self.zoomToTrip(g[0]); self.openTrip(g[0]); }); }
      });
      self.regions.push(m);
      self.outlines.push(outline);
    });

    self.tripBounds = function (trip) {
      var box = L.latLngBounds([]);
      P.stops.forEach(function (r) { if (r[0] === trip) { box.extend([r[2], r[3]]); } });
      P.regions.forEach(function (g, n) {
        if (g[0] !== trip) { return; }
        if (self.outlines[n]) { box.extend(self.outlines[n].getBounds()); } else { box.extend([g[1], g[2]]); }
      });
      return box;
    };
    // A trip's stops, or its regions' outlines; a region with no outline gets a province-sized view.
    self.zoomToTrip = function (trip, animate) {
      var box = self.tripBounds(trip);
      if (!box.isValid()) { return; }
      var single = box.getNorthEast().equals(box.getSouthWest());
      var opts = {padding: [40, 40], maxZoom: single ? 6 : 9};
      if (animate === false) { map.fitBounds(box, opts); } else { map.flyToBounds(box, L.extend(opts, {duration: 0.6})); }
    };
    self.openTrip = function (trip) {
      var box = self.tripBounds(trip);
      if (!box.isValid()) { return; }
      var at = null;
      P.stops.forEach(function (r) { if (r[0] === trip && !at) { at = [r[2], r[3]]; } });
      P.regions.forEach(function (g) { if (g[0] === trip && !at) { at = [g[1], g[2]]; } });
      L.popup({maxWidth: Math.min(320, map.getSize().x - 70), offset: [0, -8]}).setLatLng(at).setContent(tripPopup(trip)).openOn(map);
    };
    self.zoomToPerson = function (person) {
      var box = L.latLngBounds([]);
      P.trips.forEach(function (t, trip) { if (t[0] === person) { box.extend(self.tripBounds(trip)); } });
      if (box.isValid()) { map.flyToBounds(box, {padding: [50, 50], maxZoom: 8, duration: 0.6}); }
    };

    var t1 = performance.now();
    // The time slider.  One leaflet.timeline layer per person rings the stops active on the chosen
    // day; a "clock" layer with no features tells the page when the time changes.
    var features = groups.map(function () { return []; });
    P.stops.forEach(function (r, i) {
      if (r[5] === null) { return; }
      features[P.trips[r[0]][0]].push({
        type: 'Feature', geometry: {type: 'Point', coordinates: [r[3], r[2]]},
        properties: {start: r[5] * DAY, end: (r[5] + r[6] + 1) * DAY, endExclusive: true, stop: i}
      });
    });
    features.forEach(function (fs, person) {
      if (!fs.length) { return; }
      var c = P.people[person][2];
      var tl = L.timeline({type: 'FeatureCollection', features: fs}, {
        pointToLayer: function (f, ll) {
          return L.circleMarker(ll, {radius: 16, color: c, weight: 3, fill: false, className: 'tl-active',
                                     interactive: false});
        }
      });
      tl.person = person;
      tl.addTo(groups[person]);
      self.timelines.push(tl);
    });
    if (self.slider) {
      var clock = L.timeline({type: 'FeatureCollection', features: []}, {start: first, end: last});
      self.clock = clock;
      self.slider.addTimelines.apply(self.slider, [clock].concat(self.timelines));
      clock.on('change', function () { self.filter(clock.time); });
    }

    // The trail so far: what has begun by time t shows; what has no date always shows.
    self.filter = function (t) {
      var on = P.stops.map(function (r) { return r[5] === null || r[5] * DAY <= t; });
      var add = groups.map(function () { return []; }), drop = groups.map(function () { return []; });
      on.forEach(function (v, i) {
        if (v === self.shown[i]) { return; }
        self.shown[i] = v;
        (v ? add : drop)[P.trips[P.stops[i][0]][0]].push(self.markers[i]);
      });
      groups.forEach(function (g, person) {
        var target = targets[person];
        if (P.cluster) {
          if (drop[person].length) { target.removeLayers(drop[person]); }
          if (add[person].length) { target.addLayers(add[person]); }
        } else {
          drop[person].forEach(function (m) { target.removeLayer(m); });
          add[person].forEach(function (m) { m.addTo(target); });
        }
      });
      var current = {};
      P.trips.forEach(function (tr, i) {
        if (tr[4] !== null && tr[4] * DAY <= t && t < (tr[4] + tr[5] + 1) * DAY) { current[i] = true; }
      });
      self.current = Object.keys(current).map(Number);
      self.legs.forEach(function (line, k) {
        var idx = self.legStops[k], g = groups[P.trips[line.trip][0]];
        if (P.arrows) {
          var v = on[idx[0]] && on[idx[1]];
          if (v && !g.hasLayer(line)) { line.addTo(g); } else if (!v && g.hasLayer(line)) { g.removeLayer(line); }
        } else {
          line.setLatLngs(idx.filter(function (i) { return on[i]; }).map(function (i) { return [P.stops[i][2], P.stops[i][3]]; }));
        }
        if (line._path) { L.DomUtil[current[line.trip] ? 'addClass' : 'removeClass'](line._path, 'tl-current'); }
      });
      P.regions.forEach(function (g, n) {
        var tr = P.trips[g[0]], v = tr[4] === null || tr[4] * DAY <= t, group = groups[tr[0]];
        [self.regions[n], self.outlines[n]].forEach(function (x) {
          if (!x) { return; }
          if (v && !group.hasLayer(x)) { x.addTo(group); } else if (!v && group.hasLayer(x)) { group.removeLayer(x); }
        });
        if (self.regions[n]._icon) { L.DomUtil[current[g[0]] ? 'addClass' : 'removeClass'](self.regions[n]._icon, 'tl-current'); }
      });
      if (!P.cluster) {
        self.markers.forEach(function (m, i) {
          if (m._icon) { L.DomUtil[current[P.stops[i][0]] ? 'addClass' : 'removeClass'](m._icon, 'tl-current'); }
        });
      }
      L.DomUtil[self.current.length ? 'addClass' : 'removeClass'](container, 'tl-has-current');
      self.declutter();
    };
    self.timings.slider = performance.now() - t1;

    // Labels: badges and controls are fixed; then, in order, region labels, stop names, the names
    // of provinces a trip touches and country names each take the first free place among a few
    // around their point, or hide.  No label covers another label, a badge or a control.
    self.declutter = function () {
      var base = container.getBoundingClientRect(), size = map.getSize(), zoom = map.getZoom();
      var items = [];
      function add(marker, el, kind, positions, anchorOf) {
        if (!marker._icon || !el) { return; }
        items.push({marker: marker, el: el, kind: kind, positions: positions, anchorOf: anchorOf});
      }
      self.regions.forEach(function (m) { add(m, m._icon, 'region', ['c', 't', 'b', 'r', 'l']); });
      if (!P.cluster && zoom >= LABEL_ZOOM) {
        self.markers.forEach(function (m) { add(m, m._icon && m._icon.querySelector('.tl-name'), 'name', ['r', 'l', 't', 'b']); });
      } else if (!P.cluster) {
        self.markers.forEach(function (m) { if (m._icon) { L.DomUtil.addClass(m._icon.querySelector('.tl-name'), 'tl-off'); } });
      }
      // Province names may stand beside their point too; country names only on it.
      self.baseLabels.forEach(function (x) {
        add(x.marker, x.marker._icon, x.kind, x.kind === 'division' ? ['c', 't', 'b', 'r', 'l'] : ['c']);
      });
      // Writes, then reads: one layout.
      items.forEach(function (it) {
        if (it.kind === 'region') {
          it.el.className = it.el.className.replace(/ ?tl-pos-\w/g, '').replace(/ ?tl-squeezed/g, '') + ' tl-pos-c';
        } else if (it.kind === 'name') { it.el.className = 'tl-name tl-pos-r'; }
        else { it.el.className = it.el.className.replace(/ ?tl-pos-\w/g, '').replace(/ ?tl-off/g, ''); }
      });
      var fixed = controlBoxes(map);
      Array.prototype.forEach.call(container.querySelectorAll('.tl-stop .tl-badge, .marker-cluster'), function (el) {
        fixed.push(rel(el, base));
      });
      // Each label's box where it stands now (names: right of the badge; the rest: centred on
      // the point), then the other places as shifts of that box, as the stylesheet moves it.
      items.forEach(function (it) {
        // (regions and map labels: the span, which the stylesheet centres on the point; the
        // marker's own element starts at the point and is not where the text is drawn)
        var m = it.kind === 'name' ? rel(it.el, base) : rel(it.el.firstChild, base);
        var w = m.r - m.l, h = m.b - m.t, dx = {}, dy = {};
        if (it.kind === 'name') {
          var badge = rel(it.el.parentNode.firstChild, base), cx = (badge.l + badge.r) / 2, cy = (badge.t + badge.b) / 2;
          dx = {r: 0, l: (cx - 15 - w) - m.l, t: (cx - w / 2) - m.l, b: (cx - w / 2) - m.l};
          dy = {r: 0, l: 0, t: (cy - 15 - h) - m.t, b: (cy + 15) - m.t};
          it.p = {x: cx, y: cy};
        } else {
          dx = {c: 0, t: 0, b: 0, r: w / 2 + 16, l: -(w / 2 + 16)};
          dy = {c: 0, t: -(h / 2 + 16), b: h / 2 + 16, r: 0, l: 0};
          it.p = {x: (m.l + m.r) / 2, y: (m.t + m.b) / 2};
        }
        it.boxes = {};
        it.positions.forEach(function (pos) {
          it.boxes[pos] = {l: m.l + dx[pos], t: m.t + dy[pos], r: m.r + dx[pos], b: m.b + dy[pos]};
        });
        it.w = w;
      });
      var placed = [];
      items.forEach(function (it) {
        var p = it.p, choice = null;
        var inView = p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y;
        if (inView && it.w > 0) {
          for (var k = 0; k < it.positions.length && !choice; k++) {
            var pos = it.positions[k], box = it.boxes[pos];
            if (box.l < 0 || box.t < 0 || box.r > size.x || box.b > size.y) { continue; }
            var padded = grow(box, 1);
            if (fixed.some(function (f) { return hits(padded, f); }) || placed.some(function (f) { return hits(padded, f); })) {
              continue;
            }
            choice = pos;
            placed.push(box);
          }
        }
        if (it.kind === 'region') {
          it.el.className = it.el.className.replace(/ ?tl-pos-\w/g, '') + ' tl-pos-' + (choice || 'c');
          L.DomUtil[choice ? 'removeClass' : 'addClass'](it.el, 'tl-squeezed');
          if (!choice && inView) { fixed.push({l: p.x - 5, t: p.y - 5, r: p.x + 5, b: p.y + 5}); }
        } else if (choice) {
          it.el.className = it.el.className.replace(/ ?tl-pos-\w/g, '') + (it.kind !== 'country' ? ' tl-pos-' + choice : '');
        } else {
          L.DomUtil.addClass(it.el, 'tl-off');
        }
      });
      return placed.length;
    };
    self.baseLabels.forEach(function (x) { x.marker.options.area = x.area; });
    // Country names show only where the country is big enough on screen for its name.
    var declutterBase = self.declutter;
    self.declutter = function () {
      var zoom = map.getZoom(), pxPerDeg = 256 * Math.pow(2, zoom) / 360;
      self.baseLabels.forEach(function (x) {
        if (x.kind !== 'country') { return; }
        var big = Math.sqrt(x.area) * pxPerDeg >= 70;
        if (big && !map.hasLayer(x.marker)) { x.marker.addTo(map); }
        if (!big && map.hasLayer(x.marker)) { map.removeLayer(x.marker); }
      });
      return declutterBase();
    };
    map.on('zoomend moveend resize overlayadd overlayremove', function () { self.declutter(); });

    if (self.slider) { self.slider.setTime(last); } else { self.filter(Infinity); }
    self.builtAt = performance.now();  // ms since navigation start

    // What stop indices are ringed (shown as active) now: for tests and the linked page.
    self.activeStops = function () {
      var out = [];
      self.timelines.forEach(function (tl) {
        if (!map.hasLayer(tl)) { return; }
        tl.getLayers().forEach(function (l) { out.push(l.feature.properties.stop); });
      });
      return out.sort(function (a, b) { return a - b; });
    };
    // What stop indices are on the map now (the trail so far and the undated stops).
    self.shownStops = function () {
      var out = [];
      self.shown.forEach(function (v, i) { if (v) { out.push(i); } });
      return out;
    };
    map.timelineItinerary = self;
    return self;
  }

  window.TimelineItinerary = {build: build, fit: fit, DAY: DAY, isoDay: isoDay, dayWords: dayWords};
})();
