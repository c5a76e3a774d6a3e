// 展示大屏: shows one view at a time and moves on every data-interval seconds; a dot shows its view, the pause button
// (or the space bar) stops and resumes the cycle. The body's data-active-view names the view shown (tests read it).
(function () {
  'use strict';
  function start() {
    var body = document.body;
    var views = Array.prototype.slice.call(document.querySelectorAll('.screen-view'));
    if (!views.length) { return; }
    var seconds = Math.max(5, Number(body.getAttribute('data-interval')) || 15);
    var index = 0;
    var timer = null;
    function show(i) {
      index = (i + views.length) % views.length;
      views.forEach(function (v, k) { v.classList.toggle('active', k === index); });
      var name = views[index].getAttribute('data-view');
      body.setAttribute('data-active-view', name);
      document.querySelectorAll('[data-show]').forEach(function (b) {
        b.classList.toggle('active', b.getAttribute('data-show') === name);
      });
      // charts drawn while hidden keep their size; a resize settles any that were laid out before fonts loaded
      views[index].querySelectorAll('[data-chart-ready]').forEach(function (el) {
        var chart = window.echarts && echarts.getInstanceByDom(el);
        if (chart) { chart.resize(); }
      });
    }
    function play() { timer = window.setInterval(function () { show(index + 1); }, seconds * 1000); body.removeAttribute('data-paused'); }
    function pause() { window.clearInterval(timer); timer = null; body.setAttribute('data-paused', 'true'); }
    document.querySelectorAll('[data-show]').forEach(function (b) {
      b.addEventListener('click', function () {
        pause();
        show(views.findIndex(function (v) { return v.getAttribute('data-view') === b.getAttribute('data-show'); }));
      });
    });
    var toggle = function () { if (timer) { pause(); } else { play(); } };
    var pauseButton = document.querySelector('[data-pause]');
    if (pauseButton) { pauseButton.addEventListener('click', toggle); }
    document.addEventListener('keydown', function (e) {
      if (e.key === ' ') { e.preventDefault(); toggle(); }
      if (e.key === 'ArrowRight') { show(index + 1); }
      if (e.key === 'ArrowLeft') { show(index - 1); }
    });
    var clock = document.querySelector('[data-clock]');
    function tick() { if (clock) { clock.textContent = new Date().toLocaleString('zh-CN', { hour12: false }); } }
    tick();
    window.setInterval(tick, 1000);
    show(0);
    play();
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
