/*
 * The charts of the monitor pages. Every chart's numbers are also in the table beside it; without JavaScript the
 * page shows those. The numbers are JSON in the canvas' data-series-chart attribute (no inline script: the
 * Content-Security-Policy allows none): labels (school years, obligations, regions) and series, each with a value
 * per label (null: a gap).
 */
(function () {
    'use strict';

    /* Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by more than hue alone. */
    var COLOURS = ['#154273', '#b54d00', '#39870c', '#a90061', '#5b3f8c', '#007bc7', '#6b5e00', '#1a1a1a'];
    var DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3], [10, 2], [3, 6]];

    function formatter(canvas, unit) {
        var locale = canvas.getAttribute('data-locale') || 'nl-NL';
        if (unit === 'percent') {
            var number = new Intl.NumberFormat(locale, {maximumFractionDigits: 1});
            return function (value) { return number.format(value) + '%'; };
        }
        if (unit === 'euro') {
            var euros = new Intl.NumberFormat(locale, {style: 'currency', currency: 'EUR', maximumFractionDigits: 0});
            return function (value) { return euros.format(value); };
        }
        var plain = new Intl.NumberFormat(locale, {maximumFractionDigits: 1});
        return function (value) { return plain.format(value); };
    }

    function drawCharts() {
        if (!window.Chart) {
            return;
        }
        Object.values(window.Chart.instances).forEach(function (chart) {
            if (!document.body.contains(chart.canvas)) {
                chart.destroy();
            }
        });
        document.querySelectorAll('canvas[data-series-chart]').forEach(function (canvas) {
            if (window.Chart.getChart(canvas)) {
                return;
            }
            var data = JSON.parse(canvas.getAttribute('data-series-chart'));
            var format = formatter(canvas, data.unit);
            var line = data.type === 'line';
            new window.Chart(canvas, {
                type: line ? 'line' : 'bar',
                data: {
                    labels: data.labels,
                    datasets: data.series.map(function (series, i) {
                        var colour = COLOURS[i % COLOURS.length];
                        return {
                            /* A series' name in the page's language, where the page gives one (data-label-<key>). */
                            label: canvas.getAttribute('data-label-' + series.key) || series.label,
                            data: series.values,
                            borderColor: colour,
                            backgroundColor: colour,
                            borderDash: line ? DASHES[i % DASHES.length] : undefined,
                            borderWidth: line ? (i === 0 ? 3 : 2) : 0,
                            spanGaps: false
                        };
                    })
                },
                options: {
                    animation: false,
                    maintainAspectRatio: false,
                    color: '#1a1a1a',
                    scales: {
                        x: {stacked: data.stacked, ticks: {color: '#1a1a1a'}},
                        y: {stacked: data.stacked, beginAtZero: true, grace: '10%',
                            ticks: {color: '#1a1a1a', callback: function (value) { return format(value); }}}
                    },
                    plugins: {
                        tooltip: {callbacks: {label: function (item) {
                            return item.dataset.label + ': ' + format(item.parsed.y);
                        }}}
                    }
                }
            });
        });
    }

    document.addEventListener('DOMContentLoaded', drawCharts);
    document.addEventListener('htmx:afterSettle', drawCharts);
})();
