package nl.sto.notification.notices;

/** What a notice tells, with the name of its templates ({@code notices/<value>.html} and {@code .txt}). */
public enum NoticeKind {
    SUBSCRIPTION_PAUSED("subscription-paused");

    private final String value;

    NoticeKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
