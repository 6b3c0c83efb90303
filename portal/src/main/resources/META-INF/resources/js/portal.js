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
     * Report sections save themselves while they are typed (the parts of the draft's form with data-autosave): a few
     * seconds after the last keystroke, and when the focus leaves the section. Each save sends the section's fields
     * with the form's version check, and answers with the draft's new one, which the form then sends, so that saving
     * one section never makes another's save a conflict. The draft's own form carries every section's text; any other
     * request that replaces the page first saves what is typed; text that still could not be saved (a section not yet
     * complete) is kept for this browser tab and put back into its section when the page shows it again, at once or
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

    function autosavePart(element) {
        return element && element.closest ? element.closest('[data-autosave]') : null;
    }

    /* The parts whose text a request sends: all of the form it sends (a form, or a button in one). */
    function partsSentBy(element) {
        var form = element && element.closest ? element.closest('form') : null;
        return form ? Array.from(form.querySelectorAll('[data-autosave]')) : [];
    }

    /* A part's own fields and those of its form outside any part (the CSRF token, the version check). */
    function partBody(part) {
        var body = new URLSearchParams();
        Array.from(part.closest('form').elements).forEach(function (field) {
            if (field.name && field.type !== 'submit' && field.type !== 'file'
                && (part.contains(field) || !autosavePart(field))) {
                body.append(field.name, field.value);
            }
        });
        return body;
    }

    function partFields(part) {
        return Array.from(part.querySelectorAll('input, textarea, select'));
    }

    function edited(part) {
        edits.set(part, (edits.get(part) || 0) + 1);
        unsaved.add(part);
        if (!conflicted.has(part)) {
            schedule(part, AUTOSAVE_DELAY_MS);
        }
    }

    function schedule(part, delay) {
        clearTimeout(timers.get(part));
        timers.set(part, setTimeout(function () {
            save(part);
        }, delay));
    }

    function save(part) {
        clearTimeout(timers.get(part));
        timers.delete(part);
        if (!unsaved.has(part) || conflicted.has(part) || !document.body.contains(part)) {
            return saving.get(part) || Promise.resolve();
        }
        var before = saving.get(part) || Promise.resolve();
        var next = before.then(function () {
            return send(part);
        });
        saving.set(part, next);
        next.then(function () {
            if (saving.get(part) === next) {
                saving.delete(part);
            }
        });
        return next;
    }

    function send(part) {
        var edit = edits.get(part);
        var status = part.querySelector('[data-autosave-status]');
        show(status, status.getAttribute('data-saving'), 'saving');
        return fetch(part.getAttribute('data-autosave'), {
            method: 'POST',
            body: partBody(part),
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
                    if (edits.get(part) === edit) {
                        unsaved.delete(part);
                    }
                } else if (response.status === 409) {
                    conflicted.add(part);
                }
            });
        }).catch(function () {
            show(status, status.getAttribute('data-offline'), 'not-saved');
            schedule(part, RETRY_DELAY_MS);
        });
    }

    function show(status, message, state) {
        status.textContent = message;
        status.setAttribute('data-state', state);
    }

    function useVersion(etag) {
        document.querySelectorAll('[data-autosave]').forEach(function (part) {
            var field = part.closest('form').elements.namedItem('etag');
            if (field) {
                field.value = etag;
            }
        });
    }

    /*
     * The draft's form carries its sections' text: no autosave of them may overtake the request with the same
     * version; a save still under way ends first, so that the request sends the newest version check.
     */
    function saveBeforeSending(event) {
        partsSentBy(event.detail.elt).forEach(function (sent) {
            clearTimeout(timers.get(sent));
            timers.delete(sent);
            unsaved.delete(sent);
        });
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
        if (form.hasAttribute('hx-boost') || partsSentBy(form).length > 0 || form.hasAttribute('data-saved-first')) {
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

    /* Before <main> is replaced: what is typed and not saved, by part (the parts sent left the set when sent). */
    function keepUnsaved() {
        unsaved.forEach(function (part) {
            if (document.body.contains(part)) {
                var values = partFields(part).filter(typed).map(function (field) {
                    return [field.name, field.value];
                });
                sessionStorage.setItem(KEPT_PREFIX + part.getAttribute('data-autosave'), JSON.stringify(values));
            }
        });
    }

    function typed(field) {
        return field.name && field.type !== 'hidden' && field.type !== 'submit';
    }

    function restoreUnsaved() {
        document.querySelectorAll('[data-autosave]').forEach(function (part) {
            var key = KEPT_PREFIX + part.getAttribute('data-autosave');
            var kept = sessionStorage.getItem(key);
            if (kept === null) {
                return;
            }
            sessionStorage.removeItem(key);
            JSON.parse(kept).forEach(function (entry) {
                var field = partFields(part).find(function (candidate) {
                    return candidate.name === entry[0];
                });
                if (field) {
                    field.value = entry[1];
                }
            });
            edited(part);
        });
    }

    function forgetReplacedForms() {
        [timers, saving, edits].forEach(function (map) {
            Array.from(map.keys()).forEach(function (part) {
                if (!document.body.contains(part)) {
                    clearTimeout(timers.get(part));
                    map.delete(part);
                }
            });
        });
        [unsaved, conflicted].forEach(function (set) {
            Array.from(set).forEach(function (part) {
                if (!document.body.contains(part)) {
                    set.delete(part);
                }
            });
        });
        document.querySelectorAll('[data-autosave][data-unsaved]').forEach(function (part) {
            if (!unsaved.has(part)) {
                edited(part);
            }
        });
    }

    function askBeforeLeaving(event) {
        var open = Array.from(unsaved).some(function (part) {
            return document.body.contains(part);
        });
        if (open) {
            event.preventDefault();
            event.returnValue = '';
        }
    }

    document.addEventListener('input', function (event) {
        var part = autosavePart(event.target);
        if (part) {
            edited(part);
        }
    });
    document.addEventListener('focusout', function (event) {
        var part = autosavePart(event.target);
        if (part && !part.contains(event.relatedTarget)) {
            save(part);
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
