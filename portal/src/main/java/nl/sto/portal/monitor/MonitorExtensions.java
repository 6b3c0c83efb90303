package nl.sto.portal.monitor;

import io.quarkus.qute.TemplateExtension;

/** Small helpers for the monitor texts: {@code {days.abs}} for "3 days past the due date". */
@TemplateExtension
final class MonitorExtensions {

    private MonitorExtensions() {
    }

    static long abs(long value) {
        return Math.abs(value);
    }
}
