package nl.sto.portal.notifications;

import nl.sto.portal.client.notifications.ReminderViews.ReminderDetail;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;

/**
 * One reminder of a region with the proof of what was sent and every attempt to deliver it.
 *
 * @param audience the first path segment (school, business, ministry): the way back is the region page below it
 */
public record ReminderPage(String audience, RegionDetail region, ReminderDetail detail) {

    /** The region page's list of reminders. */
    public String regionPath() {
        return "/" + audience + "/regions/" + region.code() + "#reminders";
    }

    public boolean ministry() {
        return "ministry".equals(audience);
    }

    /** The item of the area's menu that led here. */
    public String menuItem() {
        return ministry() ? "reminders" : "regions";
    }
}
