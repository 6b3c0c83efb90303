package nl.sto.notification.notices;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notices go out; retries, timeouts and the claim lease are those of all mail ({@code sto.reminders.*}). */
@ConfigMapping(prefix = "sto.notices")
public interface NoticeSettings {

    /** How often due notices are looked for (also read by the scheduler, so set in application.properties). */
    @WithDefault("PT10S")
    Duration dispatchInterval();

    /** Notices claimed at a time. */
    @WithDefault("20")
    int batchSize();

    /** monitor-service's public address, for the resume link in a paused subscription's notice. */
    @WithDefault("http://127.0.0.1:8083")
    String monitorUrl();
}
