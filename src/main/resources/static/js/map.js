// Draws the emissions map: the element with data-map (JSON written by the server) gets the region's boundary file
// from the API, registers it with ECharts and colours each division by the chosen metric. A click on a division
// opens the same page for it; the table below the map holds the same figures. No inline script (Content-Security-Policy).
(function () {
  'use strict';
  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }
  function figure(f, digits, suffix) {
    if (!f || f.value === null || f.value === undefined) {
      return '–' + (f && f.reason ? ' <small>' + esc(f.reason) + '</small>' : '');
    }
    return Number(f.value).toLocaleString('zh-CN', { maximumFractionDigits: digits }) + (suffix || '');
  }
  function tooltip(area) {
    if (!area) { return ''; }
    return '<strong>' + esc(area.name) + '</strong> ' + esc(area.code) +
      '<br>排放量 ' + figure(area.total, 2, ' tCO2e') +
      '<br>能耗 ' + figure(area.energyTce, 2, ' tce') +
      '<br>强度 ' + figure(area.intensity, 4, ' tCO2e/tce') +
      '<br>同比 ' + figure(area.yoy, 2, ' %') +
      '<br>核算单元 ' + esc(area.units);
  }
  function range(areas) {
    var values = areas.map(function (a) { return a.value; })
      .filter(function (v) { return v !== null && v !== undefined; }).map(Number);
    if (!values.length) { return { min: 0, max: 1 }; }
    var min = Math.min.apply(null, values);
    var max = Math.max.apply(null, values);
    return { min: Math.min(min, 0), max: max === min ? min + 1 : max };
  }
  function option(spec, byCode) {
    var r = range(spec.areas);
    return {
      tooltip: { trigger: 'item', formatter: function (p) { return tooltip(byCode[p.name]); } },
      visualMap: { type: 'continuous', min: r.min, max: r.max, calculable: true, left: 10, bottom: 10,
        text: [spec.metricName + ' ' + spec.unit, ''], inRange: { color: ['#e0f3db', '#fdae61', '#d7191c'] } },
      series: [{
        type: 'map', map: spec.region, nameProperty: 'adcode', roam: false, selectedMode: false,
        label: { show: true, formatter: function (p) { return (byCode[p.name] || {}).name || ''; } },
        emphasis: { label: { show: true } },
        data: spec.areas.map(function (a) {
          return { name: a.code, value: a.value === null || a.value === undefined ? NaN : Number(a.value) };
        })
      }]
    };
  }
  function failed(el) {
    el.classList.add('error');
    el.textContent = '边界文件加载失败，数据见下表 / the boundary file could not be loaded; the figures are in the table below';
    el.setAttribute('data-chart-ready', 'failed');
  }
  function draw(el) {
    var spec = JSON.parse(el.getAttribute('data-map'));
    var byCode = {};
    spec.areas.forEach(function (a) { byCode[a.code] = a; });
    fetch(spec.geojson, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('boundary file: HTTP ' + response.status); }
        return response.json();
      })
      .then(function (geojson) {
        echarts.registerMap(spec.region, geojson);
        var chart = echarts.init(el, spec.dark ? 'dark' : null);
        if (spec.dark) { chart.setOption({ backgroundColor: 'transparent' }); }
        chart.setOption(option(spec, byCode));
        chart.on('click', function (p) {
          if (byCode[p.name]) {
            window.location.href = spec.link ? spec.link.replace('{code}', encodeURIComponent(p.name))
              : '/analysis/map?region=' + encodeURIComponent(p.name) + '&year=' + spec.year +
                '&metric=' + encodeURIComponent(spec.metric);
          }
        });
        if (window.dcChartExport) { window.dcChartExport(el, chart); }
        el.setAttribute('data-chart-ready', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function () { failed(el); });
  }
  function render() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-map]').forEach(draw);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', render); } else { render(); }
})();
