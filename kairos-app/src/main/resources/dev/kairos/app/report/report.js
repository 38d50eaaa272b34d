/*
 * Kairos backtest report: draws the charts from the JSON in #kairos-data with the inlined ECharts.
 * When every chart has finished drawing, window.kairosReport.done is true and chartsReady equals
 * chartsExpected; errors are collected in window.kairosReport.errors.
 */
(function () {
  'use strict';

  var state = { chartsExpected: 0, chartsReady: 0, done: false, errors: [] };
  window.kairosReport = state;
  window.addEventListener('error', function (e) {
    state.errors.push(String(e && e.message ? e.message : e));
  });

  var COLORS = {
    equity: '#2f5d9e',
    drawdown: '#b83227',
    close: '#52606d',
    ENTRY_LONG: '#1e7b45',
    ENTRY_SHORT: '#b83227',
    EXIT: '#1f2933'
  };
  var MARKERS = [
    { kind: 'ENTRY_LONG', name: 'Long entry', symbol: 'triangle', rotate: 0 },
    { kind: 'ENTRY_SHORT', name: 'Short entry', symbol: 'triangle', rotate: 180 },
    { kind: 'EXIT', name: 'Exit', symbol: 'diamond', rotate: 0 }
  ];

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  function utc(ms) {
    var d = new Date(ms);
    var s = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' '
      + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
    if (d.getUTCSeconds() !== 0) { s += ':' + pad(d.getUTCSeconds()); }
    return s + ' UTC';
  }

  function number(v, digits) {
    return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  }

  function price(v) {
    var abs = Math.abs(v);
    return number(v, abs >= 1000 ? 2 : abs >= 1 ? 4 : 8);
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function pairs(series) {
    var out = new Array(series.t.length);
    for (var i = 0; i < out.length; i++) { out[i] = [series.t[i], series.v[i]]; }
    return out;
  }

  /* Axis tooltip: the lines' values at the pointer, plus markers drawn within a few pixels of it. */
  function tooltip(chart, format) {
    return function (params) {
      if (!params || !params.length) { return ''; }
      var at = params[0].axisValue;
      var atPx = chart.convertToPixel({ xAxisIndex: 0 }, at);
      var lines = ['<b>' + utc(at) + '</b>'];
      params.forEach(function (p) {
        if (p.seriesType === 'scatter') {
          if (Math.abs(chart.convertToPixel({ xAxisIndex: 0 }, p.value[0]) - atPx) > 8) { return; }
          lines.push(p.marker + escapeHtml(p.seriesName) + ' @ ' + price(p.value[1])
            + (p.value[2] ? ' · ' + escapeHtml(p.value[2]) : '')
            + ' <span style="color:#616e7c">' + utc(p.value[0]) + '</span>');
        } else {
          lines.push(p.marker + escapeHtml(p.seriesName) + ': <b>' + format(p.value[1]) + '</b>');
        }
      });
      return lines.join('<br>');
    };
  }

  function baseOption(chart, format, withLegend) {
    return {
      useUTC: true,
      animation: false,
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
      grid: { left: 16, right: 24, top: withLegend ? 40 : 20, bottom: 64, containLabel: true },
      legend: withLegend ? { top: 4, left: 'center', itemWidth: 14, itemHeight: 10 } : { show: false },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'line', snap: false },
        confine: true,
        formatter: tooltip(chart, format)
      },
      xAxis: {
        type: 'time',
        axisLine: { lineStyle: { color: '#9aa5b1' } },
        axisLabel: { color: '#52606d', hideOverlap: true },
        splitLine: { show: false }
      },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { color: '#52606d', formatter: function (v) { return format(v); } },
        splitLine: { lineStyle: { color: '#edf0f3' } }
      },
      dataZoom: [
        { type: 'inside', throttle: 50 },
        { type: 'slider', height: 20, bottom: 12, showDataShadow: true, labelFormatter: function (v) { return utc(v); } }
      ],
      series: []
    };
  }

  function equityOption(chart, series) {
    var option = baseOption(chart, function (v) { return number(v, 2); }, false);
    option.series.push({
      name: 'Equity', type: 'line', data: pairs(series), showSymbol: false,
      lineStyle: { width: 1.5, color: COLORS.equity }, itemStyle: { color: COLORS.equity },
      areaStyle: { color: 'rgba(47, 93, 158, 0.06)', origin: 'start' }
    });
    return option;
  }

  function drawdownOption(chart, series) {
    var option = baseOption(chart, function (v) { return number(v, 2) + ' %'; }, false);
    option.yAxis.scale = false;
    option.yAxis.max = 0;
    option.series.push({
      name: 'Drawdown', type: 'line', data: pairs(series), showSymbol: false,
      lineStyle: { width: 1, color: COLORS.drawdown }, itemStyle: { color: COLORS.drawdown },
      areaStyle: { color: 'rgba(184, 50, 39, 0.22)' }
    });
    return option;
  }

  /* Regime shading: one translucent band per stretch of a regime, behind the close. */
  var REGIME_COLORS = {
    bull_trend: 'rgba(46, 157, 91, 0.13)', bear_trend: 'rgba(214, 69, 69, 0.13)',
    volatile_range: 'rgba(240, 160, 48, 0.13)', quiet_range: 'rgba(91, 143, 214, 0.13)'
  };

  function priceOption(chart, panel) {
    var option = baseOption(chart, price, true);
    var bands = (panel.regimes || []).map(function (b) {
      return [{ xAxis: b.from, itemStyle: { color: REGIME_COLORS[b.regime] || 'rgba(0,0,0,0.05)' } },
              { xAxis: b.to }];
    });
    option.series.push({
      name: 'Close', type: 'line', data: pairs(panel.close), showSymbol: false,
      lineStyle: { width: 1.2, color: COLORS.close }, itemStyle: { color: COLORS.close },
      markArea: bands.length ? { silent: true, data: bands } : undefined
    });
    MARKERS.forEach(function (m) {
      var data = panel.markers
        .filter(function (x) { return x.kind === m.kind; })
        .map(function (x) { return [x.t, x.p, x.label]; });
      if (!data.length) { return; }
      option.series.push({
        name: m.name, type: 'scatter', data: data, symbol: m.symbol, symbolRotate: m.rotate, symbolSize: 10,
        itemStyle: { color: COLORS[m.kind], borderColor: '#ffffff', borderWidth: 1 }, z: 3
      });
    });
    return option;
  }

  function mount(id, makeOption) {
    var element = document.getElementById(id);
    if (!element) { throw new Error('no chart container #' + id); }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var counted = false;
    chart.on('finished', function () {
      if (counted) { return; }
      counted = true;
      state.chartsReady++;
      if (state.chartsReady === state.chartsExpected) { state.done = true; }
    });
    chart.setOption(makeOption(chart));
    return chart;
  }

  try {
    if (typeof echarts === 'undefined') { throw new Error('ECharts did not load'); }
    var data = JSON.parse(document.getElementById('kairos-data').textContent);
    var jobs = [
      ['chart-equity', function (c) { return equityOption(c, data.equity); }],
      ['chart-drawdown', function (c) { return drawdownOption(c, data.drawdown); }]
    ];
    data.prices.forEach(function (panel) {
      jobs.push([panel.elementId, function (c) { return priceOption(c, panel); }]);
    });
    state.chartsExpected = jobs.length;
    var charts = [];
    jobs.forEach(function (job) {
      try {
        var chart = mount(job[0], job[1]);
        charts.push(chart);
        /* Equity and drawdown share zoom and tooltip. */
        if (job[0] === 'chart-equity' || job[0] === 'chart-drawdown') { chart.group = 'account'; }
      } catch (e) {
        state.errors.push(job[0] + ': ' + (e && e.message ? e.message : e));
      }
    });
    echarts.connect('account');
    var resizeTimer = 0;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 100);
    });
  } catch (e) {
    state.errors.push(e && e.message ? e.message : String(e));
  }
}());
