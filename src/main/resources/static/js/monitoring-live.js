// A device's live chart: every element with data-live-chart (the URL of its 1-minute means) becomes an ECharts line
// chart that refreshes every minute. A static file, so that the Content-Security-Policy can forbid inline script.
(function () {
  'use strict';
  function option(data) {
    var codes = Object.keys(data.series);
    return {
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 70, right: 20, top: 30, bottom: 40 },
      xAxis: { type: 'category', data: codes.length ? data.series[codes[0]].map(function (p) { return p[0]; }) : [] },
      yAxis: { type: 'value' },
      series: codes.map(function (code) {
        return { name: code, type: 'line', showSymbol: false, connectNulls: false,
          data: data.series[code].map(function (p) { return p[1] === null ? null : Number(p[1]); }) };
      })
    };
  }
  function load(el, chart) {
    fetch(el.getAttribute('data-live-chart'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (data) { chart.setOption(option(data), true); el.setAttribute('data-chart-ready', 'true'); });
  }
  function start() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-live-chart]').forEach(function (el) {
      var chart = echarts.init(el);
      load(el, chart);
      setInterval(function () { load(el, chart); }, 60000);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
