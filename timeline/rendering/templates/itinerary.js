/* timeline.rendering: builds an itinerary map from the compact JSON the Python side writes.
 * Every string in the data is already HTML-escaped by Python; this code only concatenates.
 * Data layout (see timeline/rendering/map.py, _payload):
 *   people  [name, title, colour]          trips   [person, dates, [source...]]
 *   sources [headline, href or -1, path]   stops   [trip, seq, lat, lon, place, day0, more, dates, evidence]
 *   legs    [stop a...] (to stop a + 1)    shifts  [[stop a, offset px]...] for legs two people share
 *   regions [trip, lat, lon, name]          bounds  [[south, west], [north, east]] or null
 * Strings are indices into P.strings (-1: none).  day0 is the first day, in days since 1970-01-01;
 * more is how many days follow it; both are null when the date is unknown. */
(function () {
  "use strict";
  var DAY = 86400000;

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  // The slider's label, in the words the popups and the chart use: "9 Oct 2025".
  function dayWords(ms) {
    var d = new Date(ms);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }

  // The view that shows every stop, with room at the bottom for the slider.  Called by the page
  // right after the map is made, before any layer: no animation, no tiles of a first view.
  function fit(map, bounds, dated) {
    map.fitBounds(bounds, {paddingTopLeft: [40, 40], paddingBottomRight: [40, dated ? 120 : 40], maxZoom: 10,
                           animate: false});
  }

  function build(map, P, groups) {
    var S = P.strings;
    var self = {map: map, data: P, markers: [], legs: [], regions: [], timelines: [], slider: null, timings: {}};
    var colour = function (trip) { return P.people[P.trips[trip][0]][2]; };

    function popup(i) {
      var r = P.stops[i], t = P.trips[r[0]], p = P.people[t[0]];
      var h = '<div class="tl-popup"><div class="tl-pop-place">' + r[1] + '. ' + S[r[4]] + '</div>' +
        '<div class="tl-pop-dates">' + S[r[7]] + '</div>' +
        '<div class="tl-pop-person">' + p[0] + (p[1] ? ', ' + p[1] : '') + '</div>';
      if (r[8] >= 0) { h += '<blockquote class="tl-pop-evidence">\u201c' + S[r[8]] + '\u201d</blockquote>'; }
      t[2].forEach(function (si) {
        var s = P.sources[si], label = S[s[0]] || S[s[2]];
        h += '<div class="tl-pop-source">' + (s[1] >= 0 ?
          '<a href="' + S[s[1]] + '" target="_blank" rel="noopener noreferrer">' + label + '</a>' : label) + '</div>';
      });
      return h + '</div>';
    }

    // Stops: numbered badges, one layer per person (clustered past the threshold).  Popups and
    // tooltips are made when asked for, by one listener per person, not bound to every marker.
    var t0 = performance.now();
    var targets = groups.map(function (g) {
      // Clusters are computed for every zoom level up front; past zoom 10 a view holds few
      // enough stops to show them all, and stopping there halves the work at 10,000 stops.
      return P.cluster ? L.markerClusterGroup({chunkedLoading: false, maxClusterRadius: 40,
                                               disableClusteringAtZoom: 11}).addTo(g) : g;
    });
    var icons = {};  // one icon per colour, number and shift, shared by the markers that look alike
    function icon(c, seq, k) {
      var key = c + seq + '/' + k, a = k * 2.4, d = k ? 15 : 0;  // the k-th badge on one spot: a ring
      return icons[key] || (icons[key] = L.divIcon({className: 'tl-stop', html: '<span style="background:' + c + '">' +
        seq + '</span>', iconSize: [24, 24], iconAnchor: [12 - Math.round(d * Math.cos(a)), 12 - Math.round(d * Math.sin(a))]}));
    }
    // Stops at the very same spot (a city visited on several trips) would hide one another: without
    // clustering, the second and later badges there move out onto a small ring around it.
    var onSpot = {};
    var pending = groups.map(function () { return []; });
    P.stops.forEach(function (r, i) {
      var spot = r[2] + ',' + r[3], k = P.cluster ? 0 : (onSpot[spot] = (onSpot[spot] || 0) + 1) - 1;
      var m = L.marker([r[2], r[3]], {icon: icon(colour(r[0]), r[1], k), riseOnHover: true});
      m.stopIndex = i;
      self.markers.push(m);
      pending[P.trips[r[0]][0]].push(m);
    });
    pending.forEach(function (ms, person) {
      if (P.cluster) { targets[person].addLayers(ms); } else { ms.forEach(function (m) { m.addTo(targets[person]); }); }
    });
    targets.forEach(function (t) {
      t.on('click', function (e) {
        if (e.layer.stopIndex === undefined) { return; }
        L.popup({maxWidth: 320, offset: [0, -8]}).setLatLng(e.layer.getLatLng())
          .setContent(popup(e.layer.stopIndex)).openOn(map);
        map.fire('tl:stop', {stop: e.layer.stopIndex});  // the linked page highlights the stop's bar
      });
      t.on('mouseover', function (e) {
        var i = e.layer.stopIndex;
        if (i === undefined) { return; }
        var r = P.stops[i];
        e.layer.bindTooltip(r[1] + '. ' + S[r[4]] + ' \u2013 ' + S[r[7]], {direction: 'top', offset: [0, -10]}).openTooltip();
      });
    });
    self.timings.stops = performance.now() - t0;

    // Legs: one line per pair of consecutive stops, with a direction arrow; shared legs side by side.
    // Past the threshold, a trip's legs are one canvas line with no arrows: ten thousand SVG lines
    // and arrows would take seconds to draw.
    t0 = performance.now();
    if (P.arrows) {
      var shift = {};
      P.shifts.forEach(function (s) { shift[s[0]] = s[1]; });
      P.legs.forEach(function (l) {
        var a = P.stops[l], b = P.stops[l + 1], c = colour(a[0]);
        var line = L.polyline([[a[2], a[3]], [b[2], b[3]]],
          {color: c, weight: 3, opacity: 0.85, offset: shift[l] || 0, className: 'tl-leg', interactive: false})
          .addTo(groups[P.trips[a[0]][0]]);
        line.setText('\u25ba', {center: true, offset: 5, attributes: {fill: c, 'font-size': '15', 'class': 'tl-arrow'}});
        self.legs.push(line);
      });
    } else {
      var canvas = L.canvas({padding: 0.2}), paths = {};
      P.legs.forEach(function (l) {
        var a = P.stops[l], b = P.stops[l + 1], path = paths[a[0]];
        if (!path) { path = paths[a[0]] = [[a[2], a[3]]]; }
        path.push([b[2], b[3]]);
      });
      Object.keys(paths).forEach(function (trip) {
        var c = colour(+trip);
        self.legs.push(L.polyline(paths[trip], {color: c, weight: 2, opacity: 0.6, renderer: canvas, interactive: false})
          .addTo(groups[P.trips[+trip][0]]));
      });
    }
    self.timings.legs = performance.now() - t0;

    // Regions of trips with no city stop: a light label at the region's centre.
    P.regions.forEach(function (g) {
      var m = L.marker([g[1], g[2]], {
        icon: L.divIcon({className: 'tl-region', html: '<span>' + S[g[3]] + '</span>', iconSize: null}),
        interactive: false, keyboard: false
      }).addTo(groups[P.trips[g[0]][0]]);
      self.regions.push(m);
    });

    var t1 = performance.now();
    // The time slider: one leaflet.timeline layer per person rings the stops active on the chosen day.
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
    if (self.timelines.length) {
      var first = Infinity, last = -Infinity;
      self.timelines.forEach(function (tl) { first = Math.min(first, tl.start); last = Math.max(last, tl.end); });
      self.slider = L.timelineSliderControl({
        autoPlay: false, enableKeyboardControls: true, waitToUpdateMap: false,
        showTicks: P.stops.length <= 400, steps: Math.max(1, Math.round((last - first) / DAY)),
        duration: 10000, formatOutput: dayWords
      });
      self.slider.addTo(map);
      self.slider.addTimelines.apply(self.slider, self.timelines);
      self.slider.setTime(first);
    }

    self.timings.slider = performance.now() - t1;
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
    map.timelineItinerary = self;
    return self;
  }

  window.TimelineItinerary = {build: build, fit: fit, DAY: DAY, isoDay: isoDay, dayWords: dayWords};
})();
