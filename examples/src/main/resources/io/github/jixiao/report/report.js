/* jixiao batch report. Form text is data: it reaches the page only through text nodes and escaped tooltips. */
(function () {
  'use strict';
  var root = document.documentElement;
  var errors = [];
  function fail(message) {
    errors.push(String(message));
    root.setAttribute('data-errors', errors.join(' | '));
  }
  window.addEventListener('error', function (e) { fail(e.message); });
  var consoleError = console.error;
  console.error = function () {
    fail(Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };

  function json(id) { return JSON.parse(document.getElementById(id).textContent); }
  var B = json('batch');
  var S = json('strings');
  var D = null;
  function details() { if (D === null) { D = json('details'); } return D; }
  function s(v) { return v === null || v === undefined ? '' : (typeof v === 'number' ? S[v] : v); }

  var zh = B.lang === 'zh';
  var L = zh ? {
    title: '绩效自评表审核报告', forms: '自评表', formsUnit: '份', files: '文件', unreadable: '无法读取', copies: '重复',
    grades: '计算等级', gradeDiffers: '自评等级与计算不符', unsupported: '不被规则支持的自评得分', items: '项',
    excess: '多打', shortfall: '少打', points: '分', inForms: '涉及', totalHigher: '自评总分高于计算',
    findings: '发现的问题', error: '错误', warning: '警告', info: '提示', topDepartments: '问题最多的主管部门',
    chartGrades: '评分等级：自评与计算', chartScatter: '总分：自评（横）与计算（纵）', chartPareto: '问题按代码（帕累托）',
    chartRates: '预算执行率分布（90% 线）', departments: '按主管部门', department: '主管部门', none: '（未填）',
    count: '表数', avgTotal: '平均计算总分', number: '序号', project: '项目名称', year: '年度',
    reported: '自评', computed: '计算', reportedTotal: '自评总分', computedTotal: '计算总分', difference: '差值',
    reportedGrade: '自评等级', computedGrade: '计算等级', source: '来源', search: '搜索项目、部门、来源…',
    allGrades: '全部等级', allSeverities: '全部', withErrors: '有错误', withWarnings: '有错误或警告',
    allDepartments: '全部主管部门', shown: '显示', of: '/', page: '页', prev: '上一页', next: '下一页',
    unit: '实施单位', policy: '评分规则', code: '项目编码', lead: '项目负责人', alsoAt: '同一张表也见于',
    funding: '项目资金', line: '资金来源', initialBudget: '年初预算数', adjustedBudget: '全年预算数',
    executed: '全年执行数', printedRate: '执行率（表上）', execution: '预算执行率', score: '得分',
    indicators: '绩效指标', category: '一级指标', subcategory: '二级指标', indicator: '三级指标',
    target: '年度指标值', actual: '实际完成值', weight: '分值', allowed: '允许得分', verdict: '判定', cell: '单元格',
    stands: '自评无误', wrong: '自评有误', noScore: '未自评', severity: '严重程度', findingCode: '代码',
    location: '位置', message: '说明', noFindings: '未发现问题', total: '总分', goal: '年度总体目标',
    expected: '预期目标', achieved: '实际完成情况', cumulative: '累计', rate: '执行率', formsAxis: '表数',
    noscript: '本报告需要启用 JavaScript。', diagonal: '自评 = 计算', other: '无法识别'
  } : {
    title: 'Audit of performance self-evaluation forms', forms: 'Forms', formsUnit: '', files: 'files',
    unreadable: 'unreadable', copies: 'duplicates', grades: 'Computed grades', gradeDiffers: 'reported grade differs',
    unsupported: 'Self-scores the rules do not support', items: 'rows', excess: 'over by', shortfall: 'under by',
    points: 'points', inForms: 'in', totalHigher: 'reported total above computed', findings: 'Findings',
    error: 'errors', warning: 'warnings', info: 'info', topDepartments: 'Departments with most problems',
    chartGrades: 'Grades: reported and computed', chartScatter: 'Total: reported (x) against computed (y)',
    chartPareto: 'Findings by code (Pareto)', chartRates: 'Execution rates (90 % line)', departments: 'By department',
    department: 'Department', none: '(none)', count: 'Forms', avgTotal: 'Mean computed total', number: 'No.',
    project: 'Project', year: 'Year', reported: 'reported', computed: 'computed', reportedTotal: 'Reported total',
    computedTotal: 'Computed total', difference: 'Difference', reportedGrade: 'Reported grade',
    computedGrade: 'Computed grade', source: 'Source', search: 'Search project, department, source…',
    allGrades: 'All grades', allSeverities: 'All', withErrors: 'With errors', withWarnings: 'With errors or warnings',
    allDepartments: 'All departments', shown: 'Showing', of: 'of', page: 'page', prev: 'Previous', next: 'Next',
    unit: 'Implementing unit', policy: 'Policy', code: 'Project code', lead: 'Project lead', alsoAt: 'The same form also at',
    funding: 'Funding', line: 'Line', initialBudget: 'Initial budget', adjustedBudget: 'Full-year budget',
    executed: 'Executed', printedRate: 'Rate (printed)', execution: 'Execution rate', score: 'score',
    indicators: 'Indicators', category: 'Level 1', subcategory: 'Level 2', indicator: 'Indicator',
    target: 'Target', actual: 'Actual', weight: 'Weight', allowed: 'Allowed', verdict: 'Verdict', cell: 'Cell',
    stands: 'self-score stands', wrong: 'self-score wrong', noScore: 'no self-score', severity: 'Severity',
    findingCode: 'Code', location: 'Location', message: 'Message', noFindings: 'No findings', total: 'Total',
    goal: 'Annual goal', expected: 'Expected', achieved: 'Achieved', cumulative: 'cumulative', rate: 'Rate',
    formsAxis: 'forms', noscript: 'This report needs JavaScript.', diagonal: 'reported = computed', other: 'unreadable'
  };
  var SEVERITY = [L.error, L.warning, L.info];
  var GRADES = ['优', '良', '中', '差'];
  // the columns of a form's row in B.forms
  var N = 0, SRC = 1, PROJ = 2, DEPT = 3, UNIT = 4, YEAR = 5, POLICY = 6, RT = 7, RG = 8, CT = 9, CG = 10, RATE = 11,
    BUDGET = 12, EXEC = 13, ERR = 14, WARN = 15, INFO = 16, UNSUP = 17, EXCESS = 18, SHORT = 19, COPIES = 20,
    FILE = 21, SHEET = 22;
  var rows = B.forms;

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) { el.setAttribute(k, attrs[k]); } });
    }
    append(el, children);
    return el;
  }
  function append(el, children) {
    if (children === null || children === undefined) { return el; }
    if (!Array.isArray(children)) { children = [children]; }
    children.forEach(function (c) {
      if (c === null || c === undefined || c === '') { return; }
      el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    });
    return el;
  }
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } return el; }
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function fixed(x, digits) { return x === null || x === undefined ? '—' : Number(x).toFixed(digits); }
  function money(x) {
    return x === null || x === undefined ? '—'
      : Number(x).toLocaleString(zh ? 'zh-CN' : 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  function percent(x) { return x === null || x === undefined ? '—' : (Number(x) * 100).toFixed(2) + '%'; }
  function gradeOf(text) {
    if (text === null || text === undefined) { return -1; }
    var t = String(text).trim();
    if (t.indexOf('较差') === 0) { return 3; }
    for (var g = 0; g < GRADES.length; g++) { if (t.indexOf(GRADES[g]) === 0) { return g; } }
    return 4;
  }
  function difference(r) { return r[RT] === null ? null : Math.round((r[RT] - r[CT]) * 100) / 100; }
  function departmentName(r) { return r[DEPT] === '' ? L.none : r[DEPT]; }

  document.querySelectorAll('[data-l]').forEach(function (el) { el.textContent = L[el.getAttribute('data-l')]; });

  // ---- first screen ----
  var totals = { forms: rows.length, copies: 0, grades: [0, 0, 0, 0], gradeDiffers: 0, unsupported: 0,
    unsupportedForms: 0, excess: 0, shortfall: 0, higher: 0, higherBy: 0, severities: [0, 0, 0] };
  var departments = {};
  rows.forEach(function (r) {
    totals.copies += r[COPIES].length;
    var g = GRADES.indexOf(r[CG]);
    totals.grades[g]++;
    var rg = gradeOf(r[RG]);
    if (rg >= 0 && rg !== g) { totals.gradeDiffers++; }
    totals.unsupported += r[UNSUP];
    if (r[UNSUP] > 0) { totals.unsupportedForms++; }
    totals.excess += r[EXCESS];
    totals.shortfall += r[SHORT];
    var d = difference(r);
    if (d !== null && d > 0) { totals.higher++; totals.higherBy += d; }
    totals.severities[0] += r[ERR]; totals.severities[1] += r[WARN]; totals.severities[2] += r[INFO];
    var name = departmentName(r);
    var t = departments[name] || (departments[name] = { name: name, forms: 0, grades: [0, 0, 0, 0], severities: [0, 0, 0],
      unsupported: 0, sum: 0 });
    t.forms++; t.grades[g]++; t.severities[0] += r[ERR]; t.severities[1] += r[WARN]; t.severities[2] += r[INFO];
    t.unsupported += r[UNSUP]; t.sum += r[CT];
  });
  var departmentList = Object.keys(departments).map(function (k) { return departments[k]; });

  function kpi(title, big, bigId, value, sub) {
    return h('div', { 'class': 'kpi' }, [h('h3', null, title),
      h('div', { 'class': 'big', id: bigId, 'data-value': value }, big), sub]);
  }
  function counted(id, value, label, cls) {
    return h('span', { id: id, 'data-value': value, 'class': cls }, value + ' ' + label);
  }
  var kpis = document.getElementById('kpis');
  kpis.appendChild(kpi(L.forms, rows.length + (L.formsUnit ? ' ' + L.formsUnit : ''), 'kpi-forms', rows.length,
    h('div', { 'class': 'sub' }, [counted('kpi-files', B.files, L.files), ' · ',
      counted('kpi-unreadable', B.unreadable, L.unreadable, B.unreadable > 0 ? 'e' : null), ' · ',
      counted('kpi-copies', totals.copies, L.copies, totals.copies > 0 ? 'w' : null)])));
  kpis.appendChild(kpi(L.grades, GRADES.map(function (g, i) {
    return h('span', { 'class': 'grade' }, [g, h('b', null, String(totals.grades[i]))]);
  }), 'kpi-grades', totals.grades.join(','), h('div', { 'class': 'sub' }, GRADES.map(function (g, i) {
      return h('span', { id: 'kpi-grade-' + i, 'data-value': totals.grades[i], hidden: 'hidden' }, String(totals.grades[i]));
    }).concat([counted('kpi-grade-differs', totals.gradeDiffers, L.gradeDiffers, totals.gradeDiffers > 0 ? 'w' : null)]))));
  kpis.appendChild(kpi(L.unsupported, totals.unsupported + ' ' + L.items, 'kpi-unsupported', totals.unsupported,
    h('div', { 'class': 'sub' }, [
      h('span', { id: 'kpi-excess', 'data-value': totals.excess.toFixed(2), 'class': 'e' },
        L.excess + ' +' + totals.excess.toFixed(2) + ' ' + L.points),
      ' · ', h('span', { id: 'kpi-shortfall', 'data-value': totals.shortfall.toFixed(2) },
        L.shortfall + ' ' + totals.shortfall.toFixed(2) + ' ' + L.points),
      ' · ', L.inForms + ' ' + totals.unsupportedForms + ' ' + (zh ? '份' : 'forms'), h('br'),
      h('span', { id: 'kpi-higher', 'data-value': totals.higher }, L.totalHigher + ' ' + totals.higher + ' '
        + (zh ? '份，共 +' : 'forms, by +') + totals.higherBy.toFixed(2) + ' ' + L.points)])));
  kpis.appendChild(kpi(L.findings, totals.severities[0] + ' ' + L.error, 'kpi-errors', totals.severities[0],
    h('div', { 'class': 'sub' }, [counted('kpi-warnings', totals.severities[1], L.warning, 'w'), ' · ',
      counted('kpi-infos', totals.severities[2], L.info, 'i')])));
  var worst = departmentList.slice().sort(function (a, b) {
    return (b.severities[0] - a.severities[0]) || (b.severities[1] - a.severities[1]) || (a.name < b.name ? -1 : 1);
  }).slice(0, 5);
  kpis.appendChild(h('div', { 'class': 'kpi' }, [h('h3', null, L.topDepartments),
    h('ol', { id: 'kpi-departments' }, worst.map(function (d) {
      return h('li', { title: d.name }, [d.name + ' ', h('span', { 'class': 'e' }, d.severities[0] + ' ' + L.error), ' ',
        h('span', { 'class': 'w' }, d.severities[1] + ' ' + L.warning)]);
    }))]));
  var meta = [rows.length + ' ' + (zh ? '份自评表' : 'forms'), B.files + ' ' + L.files];
  document.getElementById('meta').textContent = meta.join(' · ');

  // ---- charts ----
  var charts = [];
  function chart(id, option) {
    var el = document.getElementById(id);
    var c = echarts.init(el, null, { renderer: 'svg' });
    option.animation = false;
    c.setOption(option);
    charts.push(c);
    return c;
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  var palette = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae'];

  var reportedGrades = [0, 0, 0, 0, 0, 0];
  rows.forEach(function (r) { var g = gradeOf(r[RG]); reportedGrades[g < 0 ? 5 : g]++; });
  var gradeAxis = GRADES.slice();
  var reportedSeries = reportedGrades.slice(0, 4);
  var computedSeries = totals.grades.slice();
  if (reportedGrades[4] > 0) { gradeAxis.push(L.other); reportedSeries.push(reportedGrades[4]); computedSeries.push(0); }
  if (reportedGrades[5] > 0) { gradeAxis.push(L.none); reportedSeries.push(reportedGrades[5]); computedSeries.push(0); }
  chart('chart-grades', {
    color: ['#91a7c0', palette[0]], tooltip: { trigger: 'axis' }, legend: { top: 0 },
    grid: { left: 40, right: 10, top: 30, bottom: 24 },
    xAxis: { type: 'category', data: gradeAxis, axisLabel: { interval: 0 } }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: L.reported, type: 'bar', data: reportedSeries, label: { show: true, position: 'top' } },
      { name: L.computed, type: 'bar', data: computedSeries, label: { show: true, position: 'top' } }]
  });

  var points = [];
  var low = 100, high = 0;
  rows.forEach(function (r) {
    if (r[RT] === null) { return; }
    points.push([r[RT], r[CT], r[N]]);
    low = Math.min(low, r[RT], r[CT]); high = Math.max(high, r[RT], r[CT]);
  });
  low = Math.max(0, Math.floor(low / 10) * 10); high = Math.max(100, Math.ceil(high / 10) * 10);
  var byNumber = {};
  rows.forEach(function (r) { byNumber[r[N]] = r; });
  var scatter = chart('chart-scatter', {
    tooltip: { trigger: 'item', formatter: function (p) {
      var r = byNumber[p.data[2]];
      return r ? '#' + r[N] + ' ' + esc(r[PROJ]) + '<br>' + esc(L.reported) + ' ' + fixed(r[RT], 2) + ' · '
        + esc(L.computed) + ' ' + fixed(r[CT], 2) : '';
    } },
    grid: { left: 40, right: 16, top: 16, bottom: 30 },
    xAxis: { type: 'value', min: low, max: high },
    yAxis: { type: 'value', min: low, max: high },
    series: [{ type: 'scatter', data: points, symbolSize: 6, large: points.length > 2000, itemStyle: { color: palette[0], opacity: 0.6 },
      markLine: { silent: true, symbol: 'none', lineStyle: { color: '#888', type: 'dashed' },
        label: { formatter: L.diagonal, position: 'insideStartTop' },
        data: [[{ coord: [low, low] }, { coord: [high, high] }]] } }]
  });
  scatter.on('click', function (p) { if (p.data && p.data[2]) { location.hash = 'form-' + p.data[2]; } });

  var codes = B.codes.map(function (c) { return { code: c[0], counts: [c[1], c[2], c[3]], total: c[1] + c[2] + c[3] }; })
    .sort(function (a, b) { return b.total - a.total || (a.code < b.code ? -1 : 1); });
  var TOP = 10;
  if (codes.length > TOP + 1) {
    var rest = codes.slice(TOP).reduce(function (sum, c) {
      return { code: (zh ? '其他 ' : 'other ') + (codes.length - TOP), total: sum.total + c.total,
        counts: [sum.counts[0] + c.counts[0], sum.counts[1] + c.counts[1], sum.counts[2] + c.counts[2]] };
    }, { total: 0, counts: [0, 0, 0] });
    codes = codes.slice(0, TOP).concat([rest]);
  }
  var all = codes.reduce(function (sum, c) { return sum + c.total; }, 0);
  var running = 0;
  chart('chart-pareto', {
    tooltip: { trigger: 'axis' }, legend: { top: 0, data: SEVERITY.concat([L.cumulative]) },
    color: ['#c62828', '#e0a030', '#9aa5b1', '#1565c0'],
    grid: { left: 40, right: 36, top: 30, bottom: 84 },
    xAxis: { type: 'category', data: codes.map(function (c) { return c.code; }),
      axisLabel: { rotate: 60, fontSize: 9, interval: 0, formatter: function (code) {
        return code.length > 18 ? code.slice(0, 17) + '…' : code;
      } } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [0, 1, 2].map(function (sev) {
      return { name: SEVERITY[sev], type: 'bar', stack: 'findings', data: codes.map(function (c) { return c.counts[sev]; }) };
    }).concat([{ name: L.cumulative, type: 'line', yAxisIndex: 1, symbolSize: 4,
      data: codes.map(function (c) { running += c.total; return all === 0 ? 0 : Math.round(running * 1000 / all) / 10; }) }])
  });

  var bins = [];
  for (var b = 0; b < 11; b++) { bins.push(0); }
  var noRate = 0;
  rows.forEach(function (r) {
    if (r[RATE] === null) { noRate++; return; }
    bins[Math.min(10, Math.max(0, Math.floor(r[RATE] * 100 / 10)))]++;
  });
  chart('chart-rates', {
    tooltip: { trigger: 'item', formatter: function (p) {
      var from = p.data[0] - 5;
      return from >= 100 ? '≥ 100%: ' + p.data[1] : from + '–' + (from + 10) + '%: ' + p.data[1];
    } },
    grid: { left: 40, right: 16, top: 16, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 110, interval: 10, axisLabel: { formatter: function (v) {
      return v % 20 === 0 ? v + '%' : '';
    } } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barWidth: '90%', itemStyle: { color: '#61a0a8' },
      data: bins.map(function (count, i) { return [i * 10 + 5, count]; }),
      markLine: { silent: true, symbol: 'none', lineStyle: { color: palette[0], width: 2 }, label: { formatter: '90%' },
        data: [{ xAxis: 90 }] } }]
  });

  // ---- sortable tables ----
  function table(el, columns, items, onRow) {
    var state = { key: null, dir: 1 };
    function render() {
      clear(el);
      var head = h('tr', null, columns.map(function (c, i) {
        var th = h('th', { 'class': c.num ? 'num' : null, 'aria-sort': state.key === i ? (state.dir > 0 ? 'ascending' : 'descending') : null }, c.title);
        th.addEventListener('click', function () {
          state.dir = state.key === i ? -state.dir : (c.num ? -1 : 1);
          state.key = i;
          render();
          if (onRow && onRow.sorted) { onRow.sorted(); }
        });
        return th;
      }));
      el.appendChild(h('thead', null, head));
      var body = h('tbody');
      var list = sorted();
      (onRow && onRow.slice ? onRow.slice(list) : list).forEach(function (item) {
        var tr = h('tr', onRow && onRow.attrs ? onRow.attrs(item) : null, columns.map(function (c) {
          var v = c.show ? c.show(item) : c.value(item);
          return h('td', { 'class': c.cls || (c.num ? 'num' : null) }, v === null || v === undefined ? '—' : v);
        }));
        body.appendChild(tr);
      });
      el.appendChild(body);
    }
    function sorted() {
      var list = (typeof items === 'function' ? items() : items).slice();
      if (state.key !== null) {
        var c = columns[state.key];
        list.sort(function (a, b) {
          var x = c.value(a), y = c.value(b);
          if (x === y) { return 0; }
          if (x === null || x === undefined) { return 1; }
          if (y === null || y === undefined) { return -1; }
          return (x < y ? -1 : 1) * state.dir;
        });
      }
      return list;
    }
    return { render: render, sorted: sorted };
  }

  table(document.getElementById('departments'), [
    { title: L.department, value: function (d) { return d.name; } },
    { title: L.count, num: true, value: function (d) { return d.forms; } }
  ].concat(GRADES.map(function (g, i) { return { title: g, num: true, value: function (d) { return d.grades[i]; } }; }))
    .concat([0, 1, 2].map(function (sev) {
      return { title: SEVERITY[sev], num: true, value: function (d) { return d.severities[sev]; } };
    })).concat([
      { title: L.unsupported, num: true, value: function (d) { return d.unsupported; } },
      { title: L.avgTotal, num: true, value: function (d) { return Math.round(d.sum * 100 / d.forms) / 100; },
        show: function (d) { return fixed(d.sum / d.forms, 2); } }
    ]), departmentList).render();

  // ---- forms: filters, sorting, pages, and a section per form of the page ----
  var PAGE = 50;
  var page = 0;
  var text = document.getElementById('filter-text');
  var grade = document.getElementById('filter-grade');
  var severity = document.getElementById('filter-severity');
  var department = document.getElementById('filter-department');
  text.setAttribute('placeholder', L.search);
  function options(select, list) {
    list.forEach(function (o) { select.appendChild(h('option', { value: o[0] }, o[1])); });
  }
  options(grade, [['', L.allGrades]].concat(GRADES.map(function (g) { return [g, g]; })));
  options(severity, [['', L.allSeverities], ['0', L.withErrors], ['1', L.withWarnings]]);
  options(department, [['', L.allDepartments]].concat(departmentList.map(function (d) { return d.name; }).sort()
    .map(function (d) { return [d, d]; })));
  function filtered() {
    var q = text.value.trim().toLowerCase();
    return rows.filter(function (r) {
      if (grade.value && r[CG] !== grade.value) { return false; }
      if (severity.value === '0' && r[ERR] === 0) { return false; }
      if (severity.value === '1' && r[ERR] + r[WARN] === 0) { return false; }
      if (department.value && departmentName(r) !== department.value) { return false; }
      return !q || (r[PROJ] + '\n' + r[DEPT] + '\n' + r[UNIT] + '\n' + r[SRC]).toLowerCase().indexOf(q) >= 0;
    });
  }
  function link(r) {
    var a = h('a', { href: '#form-' + r[N] }, r[PROJ] || '—');
    return a;
  }
  var forms = table(document.getElementById('forms'), [
    { title: L.number, num: true, value: function (r) { return r[N]; } },
    { title: L.project, value: function (r) { return r[PROJ]; }, show: link },
    { title: L.department, value: function (r) { return r[DEPT]; } },
    { title: L.year, num: true, value: function (r) { return r[YEAR]; } },
    { title: L.reportedTotal, num: true, value: function (r) { return r[RT]; }, show: function (r) { return fixed(r[RT], 2); } },
    { title: L.computedTotal, num: true, value: function (r) { return r[CT]; }, show: function (r) { return fixed(r[CT], 2); } },
    { title: L.difference, num: true, value: difference, show: function (r) {
      var d = difference(r);
      return d === null ? '—' : h('span', { 'class': d > 0 ? 'e' : null }, (d > 0 ? '+' : '') + d.toFixed(2));
    } },
    { title: L.reportedGrade, value: function (r) { return r[RG]; } },
    { title: L.computedGrade, value: function (r) { return GRADES.indexOf(r[CG]); }, show: function (r) { return r[CG]; } },
    { title: L.error, num: true, value: function (r) { return r[ERR]; }, show: function (r) { return count(r[ERR], 'e'); } },
    { title: L.warning, num: true, value: function (r) { return r[WARN]; }, show: function (r) { return count(r[WARN], 'w'); } },
    { title: L.info, num: true, value: function (r) { return r[INFO]; } },
    { title: L.source, value: function (r) { return r[SRC]; }, cls: 'src' }
  ], filtered, {
    slice: function (list) {
      var pages = Math.max(1, Math.ceil(list.length / PAGE));
      page = Math.min(page, pages - 1);
      pager(list.length, pages);
      var shown = list.slice(page * PAGE, (page + 1) * PAGE);
      sections(shown);
      return shown;
    },
    attrs: function (r) { return { 'data-form': r[N] }; },
    sorted: function () {}
  });
  function count(n, cls) { return n > 0 ? h('span', { 'class': cls }, String(n)) : '0'; }
  function pager(total, pages) {
    var nav = clear(document.getElementById('pager'));
    document.getElementById('filter-count').textContent = L.shown + ' ' + total + ' ' + L.of + ' ' + rows.length;
    if (pages <= 1) { return; }
    function go(p, label, current) {
      var button = h('button', { type: 'button', 'aria-current': current ? 'page' : null }, label);
      button.addEventListener('click', function () { page = p; forms.render(); });
      nav.appendChild(button);
    }
    if (page > 0) { go(page - 1, L.prev); }
    var from = Math.max(0, page - 4), to = Math.min(pages, from + 9);
    if (from > 0) { go(0, '1'); nav.appendChild(h('span', null, '…')); }
    for (var p = from; p < to; p++) { go(p, String(p + 1), p === page); }
    if (to < pages) { nav.appendChild(h('span', null, '…')); go(pages - 1, String(pages)); }
    if (page < pages - 1) { go(page + 1, L.next); }
  }
  [text, grade, severity, department].forEach(function (el) {
    el.addEventListener('input', function () { page = 0; forms.render(); });
  });

  var BADGES = zh ? ['错误', '警告', '提示'] : ['ERROR', 'WARNING', 'INFO'];
  function badge(sev) { return h('span', { 'class': 'badge s' + sev }, BADGES[sev]); }
  function cite(text) { return text ? h('span', { 'class': 'cite' }, text) : '—'; }
  // a place in the form's file, written without the file's name: shown with it (shanghai.xlsx!表1!G14)
  function place(r, p) {
    if (!p) { return '—'; }
    return cite(r[FILE] + (p.charAt(0) === '#' ? p : p.indexOf('!') >= 0 || !r[SHEET] ? '!' + p : '!' + r[SHEET] + '!' + p));
  }
  function section(r) {
    var d = details()[r[N] - 1];
    var unit = s(d[0]), lines = d[1], ex = d[2], indicators = d[3], findings = d[4], header = d[6];
    var el = h('section', { 'class': 'form', id: 'form-' + r[N] });
    el.appendChild(h('h3', null, ['#' + r[N] + ' ', r[PROJ] || '—', ' ', badge3(r)]));
    var facts = [[L.source, cite(r[SRC])], [L.department, r[DEPT] || '—'], [L.unit, r[UNIT] || '—'],
      [L.year, r[YEAR] === null ? '—' : String(r[YEAR])], [L.policy, r[POLICY]],
      [L.total, L.reported + ' ' + fixed(r[RT], 2) + ' ' + (r[RG] || '') + ' · ' + L.computed + ' ' + fixed(r[CT], 2) + ' ' + r[CG]]];
    if (s(header[1])) { facts.push([L.code, s(header[1])]); }
    if (s(header[2])) { facts.push([L.lead, s(header[2])]); }
    if (r[COPIES].length > 0) { facts.push([L.alsoAt, r[COPIES].map(function (c) { return cite(c); })]); }
    el.appendChild(h('dl', null, facts.reduce(function (all, f) { return all.concat([h('dt', null, f[0]), h('dd', null, f[1])]); }, [])));
    if (s(header[3]) || s(header[4])) {
      el.appendChild(h('h4', null, L.goal));
      el.appendChild(h('dl', null, [h('dt', null, L.expected), h('dd', null, s(header[3]) || '—'),
        h('dt', null, L.achieved), h('dd', null, s(header[4]) || '—')]));
    }
    el.appendChild(h('h4', null, L.funding + '（' + unit + '）'));
    var funding = h('table', { 'class': 'grid' }, [h('thead', null, h('tr', null, [h('th', null, L.line),
      h('th', { 'class': 'num' }, L.initialBudget), h('th', { 'class': 'num' }, L.adjustedBudget),
      h('th', { 'class': 'num' }, L.executed), h('th', { 'class': 'num' }, L.printedRate), h('th', null, L.cell)]))]);
    funding.appendChild(h('tbody', null, lines.map(function (l) {
      return h('tr', null, [h('td', null, s(l[0])), h('td', { 'class': 'num' }, s(l[1]) || '—'), h('td', { 'class': 'num' }, s(l[2]) || '—'),
        h('td', { 'class': 'num' }, s(l[3]) || '—'), h('td', { 'class': 'num' }, s(l[4]) || '—'), h('td', null, place(r, s(l[5])))]);
    })));
    el.appendChild(h('div', { 'class': 'scroll' }, funding));
    el.appendChild(h('p', null, [L.execution + ' ', h('b', null, s(ex[0]) ? percent(s(ex[0])) : '—'), ' · ' + L.score + ' ',
      h('b', null, s(ex[1]) + ' / ' + s(ex[2])), s(ex[3]) ? ' (' + L.reported + ' ' + s(ex[3]) + ')' : '',
      ' · ' + L.adjustedBudget + ' ' + money(r[BUDGET]) + ' · ' + L.executed + ' ' + money(r[EXEC]) + (zh ? ' 元' : ' yuan'),
      h('br'), h('small', null, s(ex[4]))]));
    el.appendChild(h('h4', null, L.indicators));
    var head = [L.category, L.subcategory, L.indicator, L.target, L.actual, L.weight, L.reported, L.computed, L.allowed,
      L.verdict, L.cell];
    var t = h('table', { 'class': 'grid' }, h('thead', null, h('tr', null, head.map(function (x, i) {
      return h('th', { 'class': i >= 5 && i <= 8 ? 'num' : null }, x);
    }))));
    t.appendChild(h('tbody', null, indicators.map(function (row) {
      var verdict = s(row[9]) + (zh ? '，' : '; ') + (row[10] === 1 ? L.stands : row[10] === 2 ? L.wrong : L.noScore);
      return h('tr', { 'class': row[11] === null ? null : 'mark-' + row[11] }, [h('td', null, s(row[0])), h('td', null, s(row[1])),
        h('td', null, s(row[2])), h('td', null, s(row[3])), h('td', null, s(row[4])), h('td', { 'class': 'num' }, s(row[5])),
        h('td', { 'class': 'num' + (row[10] === 2 ? ' wrong' : '') }, s(row[6]) || '—'), h('td', { 'class': 'num' }, s(row[7])),
        h('td', { 'class': 'num' }, s(row[8])), h('td', { 'class': row[10] === 2 ? 'wrong' : null, title: s(row[13]) || null }, verdict),
        h('td', null, place(r, s(row[12])))]);
    })));
    el.appendChild(h('div', { 'class': 'scroll' }, t));
    el.appendChild(h('h4', null, L.findings + ' ' + findings.length));
    if (findings.length === 0) {
      el.appendChild(h('p', { 'class': 'g' }, L.noFindings));
    } else {
      var f = h('table', { 'class': 'grid' }, h('thead', null, h('tr', null, [L.severity, L.findingCode, L.location, L.cell,
        L.message, L.reported, L.computed].map(function (x) { return h('th', null, x); }))));
      f.appendChild(h('tbody', null, findings.map(function (x) {
        return h('tr', { 'class': 'mark-' + x[0] }, [h('td', null, badge(x[0])), h('td', null, s(x[1])), h('td', null, s(x[2])),
          h('td', null, place(r, s(x[3]))), h('td', null, s(x[4])), h('td', { 'class': 'num' }, s(x[5]) || '—'),
          h('td', { 'class': 'num' }, s(x[6]) || '—')]);
      })));
      el.appendChild(h('div', { 'class': 'scroll' }, f));
    }
    return el;
  }
  function badge3(r) {
    return h('span', null, [r[ERR] > 0 ? badge(0) : null, r[ERR] > 0 ? ' ' + r[ERR] + ' ' : null,
      r[WARN] > 0 ? badge(1) : null, r[WARN] > 0 ? ' ' + r[WARN] : null]);
  }
  function sections(list) {
    var container = clear(document.getElementById('sections'));
    list.forEach(function (r) { container.appendChild(section(r)); });
  }

  function follow() {
    var m = /^#form-(\d+)$/.exec(location.hash);
    if (!m) { return; }
    var number = Number(m[1]);
    var list = forms.sorted();
    var at = list.findIndex(function (r) { return r[N] === number; });
    if (at < 0) {
      text.value = ''; grade.value = ''; severity.value = ''; department.value = '';
      list = forms.sorted();
      at = list.findIndex(function (r) { return r[N] === number; });
    }
    if (at < 0) { return; }
    page = Math.floor(at / PAGE);
    forms.render();
    var target = document.getElementById('form-' + number);
    document.querySelectorAll('section.form.focus').forEach(function (x) { x.classList.remove('focus'); });
    target.classList.add('focus');
    target.scrollIntoView();
  }
  window.addEventListener('hashchange', follow);
  forms.render();
  follow();
  root.setAttribute('data-ready', '1');
}());
