/* timeline.rendering: links the timeline chart below the map to the map and its time slider.
 * Click a bar: the slider moves to the bar's first day and the map flies to the stop (or the trip).
 * Move the slider: the bars active on that day are highlighted (class tl-on).
 * Click a stop on the map: its bar (or, for an undated stop, its trip's bar) is picked (class
 * tl-picked) and scrolled into view. */
window.addEventListener("load", function () {
  "use strict";
  var it = __ITINERARY__, map = it.map, DAY = TimelineItinerary.DAY;
  var bars = Array.prototype.slice.call(document.querySelectorAll("#tl-chart .tl-bar"));
  function day(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function mark() {
    var t = it.slider ? it.slider.time : null;
    bars.forEach(function (b) {
      b.classList.toggle("tl-on", t !== null && day(b.dataset.start) <= t && t < day(b.dataset.end) + DAY);
    });
  }
  function pick(bar) {
    bars.forEach(function (b) { b.classList.toggle("tl-picked", b === bar); });
    if (bar) { bar.scrollIntoView({block: "nearest", inline: "nearest"}); }
  }
  map.on("tl:stop", function (e) {
    var trip = it.data.stops[e.stop][0];
    pick(document.querySelector('#tl-chart .tl-bar[data-stop="' + e.stop + '"]') ||
         document.querySelector('#tl-chart .tl-bar.tl-trip[data-trip="' + trip + '"]'));
  });
  bars.forEach(function (b) {
    b.addEventListener("click", function () {
      pick(b);
      if (it.slider) { it.slider.setTime(day(b.dataset.start) + DAY / 2); }
      if (b.dataset.stop !== undefined) {
        var m = it.markers[+b.dataset.stop];
        map.flyTo(m.getLatLng(), Math.max(map.getZoom(), 8), {duration: 0.6});
      } else {
        var trip = +b.dataset.trip, pts = [];
        it.data.stops.forEach(function (r) { if (r[0] === trip) { pts.push([r[2], r[3]]); } });
        it.data.regions.forEach(function (r) { if (r[0] === trip) { pts.push([r[1], r[2]]); } });
        if (pts.length) { map.flyToBounds(pts, {padding: [40, 40], maxZoom: 9, duration: 0.6}); }
      }
      mark();
    });
  });
  it.timelines.forEach(function (tl) { tl.on("change", mark); });
  mark();
});
