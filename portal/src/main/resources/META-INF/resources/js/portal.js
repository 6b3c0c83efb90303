/*
 * Small progressive enhancement for the portal's pages. Every page works without it: forms are plain posts,
 * the numbers of every chart are also in a table.
 */
(function () {
    'use strict';

    var GRANT_COLOUR = '#154273';
    /* Orange of the national style; 4.6:1 against white, so the bars stand out for everyone (WCAG 1.4.11). */
    var COFINANCING_COLOUR = '#b54d00';

    /*
     * A refused form comes back as the page with its reasons (status 400 or 409), an error as an error page
     * (403, 404, 503): those are pages to show like any other, not failures to ignore. htmx's default drops
     * 4xx and 5xx answers. Scrolling stays where the person is.
     */
    function configureHtmx() {
        if (!window.htmx) {
            return;
        }
        window.htmx.config.responseHandling = [
            {code: '204', swap: false},
            {code: '...', swap: true}
        ];
        window.htmx.config.scrollIntoViewOnBoost = false;
    }

    /*
     * Every request htmx sends that changes something carries the page's CSRF token as a header, as a plain form
     * carries it as a field; the token is in the page's meta tag.
     */
    function sendCsrfToken(event) {
        var meta = document.querySelector('meta[name="csrf-token"]');
        if (meta && event.detail.verb !== 'get') {
            event.detail.headers[meta.getAttribute('data-header')] = meta.getAttribute('content');
        }
    }

    /* Bar charts "grant vs co-financing per year": the numbers are JSON in the canvas' data-chart attribute. */
    function drawCharts() {
        if (!window.Chart) {
            return;
        }
        // Charts of content that htmx replaced hold on to their detached canvases; let them go.
        Object.values(window.Chart.instances).forEach(function (chart) {
            if (!document.body.contains(chart.canvas)) {
                chart.destroy();
            }
        });
        document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            if (window.Chart.getChart(canvas)) {
                return;
            }
            var data = JSON.parse(canvas.getAttribute('data-chart'));
            var euros = new Intl.NumberFormat(canvas.getAttribute('data-locale'),
                {style: 'currency', currency: 'EUR', maximumFractionDigits: 0});
            new window.Chart(canvas, {
                type: 'bar',
                data: {
                    labels: data.years.map(String),
                    datasets: [
                        {label: canvas.getAttribute('data-grant-label'), data: data.grant.map(Number),
                            backgroundColor: GRANT_COLOUR},
                        {label: canvas.getAttribute('data-cofinancing-label'), data: data.cofinancing.map(Number),
                            backgroundColor: COFINANCING_COLOUR}
                    ]
                },
                options: {
                    // No animation: it helps nobody read the numbers and bothers people sensitive to motion.
                    animation: false,
                    maintainAspectRatio: false,
                    color: '#1a1a1a',
                    scales: {
                        x: {ticks: {color: '#1a1a1a'}},
                        // Headroom above the highest bar, so that it never touches the top of the chart.
                        y: {beginAtZero: true, grace: '10%', ticks: {color: '#1a1a1a', callback: function (value) {
                            return euros.format(value);
                        }}}
                    },
                    plugins: {
                        tooltip: {callbacks: {label: function (item) {
                            return item.dataset.label + ': ' + euros.format(item.parsed.y);
                        }}}
                    }
                }
            });
        });
    }

    /*
     * After a form: its message (done, or what went wrong) is marked data-focus. Moving the focus there makes
     * screen readers read it, and brings it into view.
     */
    function focusFeedback() {
        var feedback = document.querySelector('[data-focus]');
        if (feedback) {
            feedback.focus();
        }
    }

    document.addEventListener('htmx:configRequest', sendCsrfToken);
    document.addEventListener('DOMContentLoaded', function () {
        configureHtmx();
        drawCharts();
        focusFeedback();
    });
    document.addEventListener('htmx:afterSettle', function () {
        drawCharts();
        focusFeedback();
    });
})();
