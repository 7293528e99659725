/* timeline.rendering: links the timeline chart below the map to the map and its time slider.
 * Click a bar (or focus it and press Enter or Space): a stop's bar moves the slider to the stop's
 * first day, flies the map to it and opens its popup; a trip's bar moves the slider to the trip's
 * last day (its whole trail shows, highlighted), fits the map to its stops or its regions'
 * outlines and opens the trip's popup.
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
  // Open a popup once the map has arrived (a popup opened mid-flight pans the map away).
  function after(move, open) {
    var done = false;
    function go() { if (!done) { done = true; open(); } }
    map.once("moveend", go);
    move();
    window.setTimeout(go, 1500);
  }
  map.on("tl:stop", function (e) {
    var trip = it.data.stops[e.stop][0];
    pick(document.querySelector('#tl-chart .tl-bar[data-stop="' + e.stop + '"]') ||
         document.querySelector('#tl-chart .tl-bar.tl-trip[data-trip="' + trip + '"]'));
  });
  bars.forEach(function (b) {
    b.addEventListener("click", function () {
      pick(b);
      if (b.dataset.stop !== undefined) {
        var i = +b.dataset.stop, m = it.markers[i];
        if (it.slider) { it.slider.setTime(day(b.dataset.start) + DAY / 2); }
        after(function () { map.flyTo(m.getLatLng(), Math.max(map.getZoom(), 7), {duration: 0.6}); },
              function () { it.openStop(i); });
      } else {
        var trip = +b.dataset.trip;
        if (it.slider) { it.slider.setTime(day(b.dataset.end) + DAY / 2); }
        if (it.tripBounds(trip).isValid()) {
          after(function () { it.zoomToTrip(trip); }, function () { it.openTrip(trip); });
        }
      }
      mark();
    });
    b.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); e.stopPropagation(); b.click(); }
    });
  });
  if (it.clock) { it.clock.on("change", mark); }
  mark();
});
