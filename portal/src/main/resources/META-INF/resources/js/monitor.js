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

    /*
     * The live feed: the portal relays monitor-service's Server-Sent Events (data: the structured CloudEvent with its
     * position). Each new event becomes the table's first row, at most SHOWN rows. When the stream cannot be had
     * (no EventSource, or it keeps failing) the section is reloaded from data-poll every 10 seconds instead.
     */
    var SHOWN = 20;
    var source = null;
    var polling = null;

    function newestShown(feed) {
        var first = feed.querySelector('tbody tr[data-position]');
        return first ? Number(first.getAttribute('data-position')) : 0;
    }

    function cell(tag, text) {
        var element = document.createElement(tag);
        element.textContent = text;
        return element;
    }

    function reloadFeed() {
        var feed = document.getElementById('feed');
        if (feed && window.htmx) {
            window.htmx.ajax('GET', feed.getAttribute('data-poll'), {target: '#feed', select: '#feed', swap: 'outerHTML'});
        }
    }

    function showEvent(event) {
        var feed = document.getElementById('feed');
        if (!feed) {
            return;
        }
        var body = feed.querySelector('#feed-table tbody');
        if (!body) {
            // The feed was empty: the server draws the table.
            reloadFeed();
            return;
        }
        if (event.position <= newestShown(feed)) {
            return;
        }
        var when = new Intl.DateTimeFormat(feed.getAttribute('data-locale') || 'nl-NL', {
            day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
            timeZone: 'Europe/Amsterdam'
        });
        var row = document.createElement('tr');
        row.setAttribute('data-position', String(event.position));
        var time = cell('th', event.time ? when.format(new Date(event.time)) : '');
        time.setAttribute('scope', 'row');
        row.appendChild(time);
        var type = document.createElement('td');
        type.appendChild(cell('code', event.type || ''));
        row.appendChild(type);
        var region = document.createElement('td');
        if (event.subject) {
            var link = cell('a', event.subject);
            link.setAttribute('href', '/ministry/regions/' + encodeURIComponent(event.subject));
            region.appendChild(link);
        }
        row.appendChild(region);
        row.appendChild(cell('td', String(event.position)));
        body.insertBefore(row, body.firstChild);
        while (body.rows.length > SHOWN) {
            body.deleteRow(body.rows.length - 1);
        }
        var live = document.getElementById('feed-live');
        if (live) {
            live.textContent = live.getAttribute('data-new-label') + ' ' + (event.type || '');
        }
    }

    function poll() {
        if (source) {
            source.close();
            source = null;
        }
        if (!polling) {
            polling = window.setInterval(reloadFeed, 10000);
        }
    }

    function followFeed() {
        var feed = document.getElementById('feed');
        if (!feed || source || polling) {
            return;
        }
        if (!window.EventSource) {
            poll();
            return;
        }
        var failures = 0;
        source = new EventSource(feed.getAttribute('data-stream'));
        source.onopen = function () {
            failures = 0;
        };
        source.onmessage = function (message) {
            try {
                showEvent(JSON.parse(message.data));
            } catch (e) {
                // Not an event the feed can show; the next one may be.
            }
        };
        source.onerror = function () {
            failures++;
            if (failures >= 3 || source.readyState === EventSource.CLOSED) {
                poll();
            }
        };
    }

    document.addEventListener('DOMContentLoaded', function () {
        drawCharts();
        followFeed();
    });
    document.addEventListener('htmx:afterSettle', drawCharts);
})();
