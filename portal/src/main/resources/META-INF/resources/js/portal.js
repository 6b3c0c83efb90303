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

    /*
     * Report sections save themselves while they are typed (forms with data-autosave): a few seconds after the last
     * keystroke, and when the focus leaves the section. Each save answers with the draft's new version check, which
     * every section form then sends, so that saving one section never makes another's save a conflict. A request
     * that replaces the page first saves what is typed elsewhere; text that still could not be saved (a section not
     * yet complete) is kept for this browser tab and put back into its form when the page shows it again, at once or
     * after a confirmation page. Leaving the page with text not saved asks first.
     */
    var AUTOSAVE_DELAY_MS = 3000;
    var RETRY_DELAY_MS = 10000;
    var timers = new Map();
    var saving = new Map();
    var edits = new Map();
    var unsaved = new Set();
    var conflicted = new Set();
    var KEPT_PREFIX = 'sto-unsaved:';

    function autosaveForm(element) {
        return element && element.closest ? element.closest('form[data-autosave]') : null;
    }

    function edited(form) {
        edits.set(form, (edits.get(form) || 0) + 1);
        unsaved.add(form);
        if (!conflicted.has(form)) {
            schedule(form, AUTOSAVE_DELAY_MS);
        }
    }

    function schedule(form, delay) {
        clearTimeout(timers.get(form));
        timers.set(form, setTimeout(function () {
            save(form);
        }, delay));
    }

    function save(form) {
        clearTimeout(timers.get(form));
        timers.delete(form);
        if (!unsaved.has(form) || conflicted.has(form) || !document.body.contains(form)) {
            return saving.get(form) || Promise.resolve();
        }
        var before = saving.get(form) || Promise.resolve();
        var next = before.then(function () {
            return send(form);
        });
        saving.set(form, next);
        next.then(function () {
            if (saving.get(form) === next) {
                saving.delete(form);
            }
        });
        return next;
    }

    function send(form) {
        var edit = edits.get(form);
        var status = form.querySelector('[data-autosave-status]');
        show(status, status.getAttribute('data-saving'), 'saving');
        return fetch(form.getAttribute('data-autosave'), {
            method: 'POST',
            body: new URLSearchParams(new FormData(form)),
            headers: {'Accept': 'application/json'},
            credentials: 'same-origin',
            redirect: 'manual'
        }).then(function (response) {
            if ((response.headers.get('content-type') || '').indexOf('json') < 0) {
                throw new Error('no answer from the portal');
            }
            return response.json().then(function (answer) {
                show(status, answer.message, answer.etag ? 'saved' : 'not-saved');
                if (answer.etag) {
                    useVersion(answer.etag);
                    if (edits.get(form) === edit) {
                        unsaved.delete(form);
                    }
                } else if (response.status === 409) {
                    conflicted.add(form);
                }
            });
        }).catch(function () {
            show(status, status.getAttribute('data-offline'), 'not-saved');
            schedule(form, RETRY_DELAY_MS);
        });
    }

    function show(status, message, state) {
        status.textContent = message;
        status.setAttribute('data-state', state);
    }

    function useVersion(etag) {
        document.querySelectorAll('form[data-autosave] input[name="etag"]').forEach(function (field) {
            field.value = etag;
        });
    }

    /* The form being sent carries its own text: no autosave of it may overtake the request with the same version. */
    function saveBeforeSending(event) {
        var sent = autosaveForm(event.detail.elt);
        if (sent) {
            clearTimeout(timers.get(sent));
            timers.delete(sent);
            unsaved.delete(sent);
        }
        var pending = Array.from(unsaved).map(save).concat(Array.from(saving.values()));
        if (pending.length === 0) {
            return;
        }
        event.preventDefault();
        Promise.all(pending).then(function () {
            event.detail.issueRequest(true);
        });
    }

    /*
     * A plain post (a file upload, a form whose answer is another page) leaves the page: what is typed is saved
     * first, and what still cannot be saved is kept for when the page shows again, so leaving need not ask.
     */
    function saveBeforeLeaving(event) {
        var form = event.target;
        if (form.hasAttribute('hx-boost') || autosaveForm(form) || form.hasAttribute('data-saved-first')) {
            return;
        }
        var pending = Array.from(unsaved).map(save).concat(Array.from(saving.values()));
        if (pending.length === 0) {
            return;
        }
        event.preventDefault();
        var submitter = event.submitter;
        Promise.all(pending).then(function () {
            keepUnsaved();
            unsaved.clear();
            form.setAttribute('data-saved-first', '');
            form.requestSubmit(submitter);
        });
    }

    /* Before <main> is replaced: what is typed and not saved, by form (the form sent left the set when it was sent). */
    function keepUnsaved() {
        unsaved.forEach(function (form) {
            if (document.body.contains(form)) {
                var values = Array.from(form.elements).filter(typed).map(function (field) {
                    return [field.name, field.value];
                });
                sessionStorage.setItem(KEPT_PREFIX + form.getAttribute('data-autosave'), JSON.stringify(values));
            }
        });
    }

    function typed(field) {
        return field.name && field.name !== 'etag' && field.type !== 'hidden' && field.type !== 'submit';
    }

    function restoreUnsaved() {
        document.querySelectorAll('form[data-autosave]').forEach(function (form) {
            var key = KEPT_PREFIX + form.getAttribute('data-autosave');
            var kept = sessionStorage.getItem(key);
            if (kept === null) {
                return;
            }
            sessionStorage.removeItem(key);
            JSON.parse(kept).forEach(function (entry) {
                var field = form.elements.namedItem(entry[0]);
                if (field && 'value' in field) {
                    field.value = entry[1];
                }
            });
            edited(form);
        });
    }

    function forgetReplacedForms() {
        [timers, saving, edits].forEach(function (map) {
            Array.from(map.keys()).forEach(function (form) {
                if (!document.body.contains(form)) {
                    clearTimeout(timers.get(form));
                    map.delete(form);
                }
            });
        });
        [unsaved, conflicted].forEach(function (set) {
            Array.from(set).forEach(function (form) {
                if (!document.body.contains(form)) {
                    set.delete(form);
                }
            });
        });
        document.querySelectorAll('form[data-autosave][data-unsaved]').forEach(function (form) {
            if (!unsaved.has(form)) {
                edited(form);
            }
        });
    }

    function askBeforeLeaving(event) {
        var open = Array.from(unsaved).some(function (form) {
            return document.body.contains(form);
        });
        if (open) {
            event.preventDefault();
            event.returnValue = '';
        }
    }

    document.addEventListener('input', function (event) {
        var form = autosaveForm(event.target);
        if (form) {
            edited(form);
        }
    });
    document.addEventListener('focusout', function (event) {
        var form = autosaveForm(event.target);
        if (form && !form.contains(event.relatedTarget)) {
            save(form);
        }
    });
    document.addEventListener('htmx:confirm', saveBeforeSending);
    document.addEventListener('submit', saveBeforeLeaving);
    document.addEventListener('htmx:beforeSwap', keepUnsaved);
    window.addEventListener('beforeunload', askBeforeLeaving);

    /* "Ontvangstbewijs afdrukken": a button only with JavaScript (hidden without); the print style sheet does the rest. */
    function offerPrinting() {
        document.querySelectorAll('button[data-print]').forEach(function (button) {
            button.hidden = false;
            button.onclick = function () {
                window.print();
            };
        });
    }

    document.addEventListener('htmx:configRequest', sendCsrfToken);
    document.addEventListener('DOMContentLoaded', function () {
        configureHtmx();
        drawCharts();
        focusFeedback();
        forgetReplacedForms();
        restoreUnsaved();
        offerPrinting();
    });
    document.addEventListener('htmx:afterSettle', function () {
        forgetReplacedForms();
        restoreUnsaved();
        offerPrinting();
        drawCharts();
        focusFeedback();
    });
})();
