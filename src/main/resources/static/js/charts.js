// Turns every element with a data-chart attribute (JSON written by the server) into an ECharts chart.
// Kept free of inline script so that the Content-Security-Policy can forbid it.
(function () {
  'use strict';
  function option(spec) {
    var base = { tooltip: { trigger: spec.type === 'pie' ? 'item' : 'axis' }, grid: { left: 10, right: 20, top: 30, bottom: 40, containLabel: true } };
    if (spec.type === 'pie') {
      base.legend = { bottom: 0, type: 'scroll' };
      base.series = [{ type: 'pie', radius: ['35%', '65%'], data: spec.labels.map(function (label, i) {
        return { name: label, value: Number(spec.series[0].data[i]) };
      }) }];
      return base;
    }
    if (spec.type === 'waterfall') {
      return waterfall(base, spec);
    }
    base.legend = { top: 0 };
    base.xAxis = { type: 'category', data: spec.labels };
    base.yAxis = { type: 'value', name: spec.unit || '' };
    base.dataZoom = spec.labels.length > 24 ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 5 }] : [];
    base.series = spec.series.map(function (s) {
      return { name: s.name, type: spec.type, smooth: spec.type === 'line', data: s.data.map(Number) };
    });
    return base;
  }
  // A waterfall: the first and last values are levels, those between are changes stacked on an invisible base.
  function waterfall(base, spec) {
    var values = spec.series[0].data.map(Number);
    var last = values.length - 1;
    var running = 0;
    var bottoms = [], levels = [], rises = [], falls = [];
    values.forEach(function (v, i) {
      if (i === 0 || i === last) {
        bottoms.push(0); levels.push(v); rises.push(0); falls.push(0);
        running = v;
        return;
      }
      levels.push(0);
      var next = running + v;
      bottoms.push(Math.min(running, next));
      rises.push(v >= 0 ? v : 0);
      falls.push(v < 0 ? -v : 0);
      running = next;
    });
    base.tooltip = { trigger: 'axis', formatter: function (items) {
      var i = items[0].dataIndex;
      return spec.labels[i] + '<br>' + values[i].toLocaleString() + ' ' + (spec.unit || '');
    } };
    base.xAxis = { type: 'category', data: spec.labels };
    base.yAxis = { type: 'value', name: spec.unit || '' };
    base.series = [
      { type: 'bar', stack: 'w', silent: true, itemStyle: { color: 'transparent' }, data: bottoms },
      { name: '排放量 / level', type: 'bar', stack: 'w', itemStyle: { color: '#2c6fbb' }, data: levels },
      { name: '增加 / up', type: 'bar', stack: 'w', itemStyle: { color: '#c0392b' }, data: rises },
      { name: '减少 / down', type: 'bar', stack: 'w', itemStyle: { color: '#27ae60' }, data: falls }
    ];
    base.legend = { top: 0, data: ['排放量 / level', '增加 / up', '减少 / down'] };
    return base;
  }
  // "导出 PNG": the chart as drawn, at twice its size on a white background, named after the chart (data-export-name)
  function exportButton(el, chart) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-export';
    button.setAttribute('data-export-for', el.id || '');
    button.textContent = '导出 PNG / PNG';
    button.addEventListener('click', function () {
      var link = document.createElement('a');
      link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      link.download = (el.getAttribute('data-export-name') || el.id || 'chart') + '.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
    el.insertAdjacentElement('afterend', button);
  }
  // the map (map.js) draws its own chart and adds the same button
  window.dcChartExport = exportButton;
  function render() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var dark = document.body.classList.contains('dark');
      var chart = echarts.init(el, dark ? 'dark' : null);
      var spec = option(JSON.parse(el.getAttribute('data-chart')));
      if (dark) { spec.backgroundColor = 'transparent'; }
      chart.setOption(spec);
      exportButton(el, chart);
      el.setAttribute('data-chart-ready', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', render); } else { render(); }
})();
