// Arrow keys (and j/k) step through the events; Home and End go to the ends. No network, no libraries.
(function () {
  var events = Array.prototype.slice.call(document.querySelectorAll('.event'));
  var status = document.getElementById('status');
  var days = Array.prototype.slice.call(document.querySelectorAll('.days a'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('figure.week g.item[data-event]'));
  var index = {};
  events.forEach(function (e, i) { index[e.getAttribute('data-id')] = i; });
  var current = -1;
  function show(i, quiet) {
    if (!events.length) { return; }
    i = Math.max(0, Math.min(events.length - 1, i));
    if (current >= 0) { events[current].classList.remove('current'); }
    current = i;
    var e = events[i];
    e.classList.add('current');
    if (!quiet) {
      e.focus({preventScroll: true});
      if (e.scrollIntoView) { e.scrollIntoView({block: 'center'}); }
    }
    status.textContent = 'Event ' + (i + 1) + ' of ' + events.length + ': ' + e.getAttribute('data-title');
    status.setAttribute('data-index', String(i + 1));
    days.forEach(function (d) { d.classList.toggle('here', d.getAttribute('data-day') === e.getAttribute('data-day')); });
    // Outline the event in the drawn timeline and scroll its box (not the page) to it.
    var drawn = null;
    marks.forEach(function (m) {
      var here = m.getAttribute('data-event') === e.getAttribute('data-id');
      m.classList.toggle('current', here);
      if (here && !drawn) { drawn = m; }
    });
    status.setAttribute('data-drawn', drawn ? 'yes' : 'no');
    if (drawn && !quiet) { scrollBoxTo(drawn); }
  }
  function scrollBoxTo(mark) {
    var box = mark.closest('figure.week');
    if (!box) { return; }
    var b = box.getBoundingClientRect();
    var r = mark.getBoundingClientRect();
    box.scrollTop += (r.top + r.height / 2) - (b.top + b.height / 2);
    box.scrollLeft += (r.left + r.width / 2) - (b.left + b.width / 2);
  }
  document.addEventListener('keydown', function (k) {
    var moves = {ArrowRight: 1, ArrowDown: 1, j: 1, ArrowLeft: -1, ArrowUp: -1, k: -1};
    if (k.key in moves) { show(current + moves[k.key]); k.preventDefault(); }
    else if (k.key === 'Home') { show(0); k.preventDefault(); }
    else if (k.key === 'End') { show(events.length - 1); k.preventDefault(); }
  });
  events.forEach(function (e, i) { e.addEventListener('click', function () { show(i); }); });
  marks.forEach(function (m) {
    m.addEventListener('click', function () {
      var i = index[m.getAttribute('data-event')];
      if (i !== undefined) { show(i); }
    });
  });
  // The page opens at its top (title and map); the first key press moves from event 1.
  show(0, true);
  // "#selftest": press the keys a reader would and record where they led (for an automated check).
  if (location.hash === '#selftest') {
    var trail = [];
    var press = function (key) {
      document.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true}));
      trail.push(status.getAttribute('data-index'));
    };
    press('ArrowRight'); press('ArrowRight'); press('ArrowLeft'); press('End'); press('Home');
    // A click on the last drawn mark shows its event and outlines it in the drawing.
    var clicked = 'none';
    if (marks.length) {
      var last = marks[marks.length - 1];
      last.dispatchEvent(new MouseEvent('click', {bubbles: true}));
      clicked = (events[current].getAttribute('data-id') === last.getAttribute('data-event')) + '/'
          + document.querySelectorAll('figure.week g.item.current').length;
    }
    var out = document.createElement('output');
    out.id = 'selftest';
    out.textContent = 'events=' + events.length + ' trail=' + trail.join(',') + ' marks=' + marks.length
        + ' click=' + clicked;
    document.body.appendChild(out);
  }
}());
