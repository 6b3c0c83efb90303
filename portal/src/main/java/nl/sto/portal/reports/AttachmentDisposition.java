package nl.sto.portal.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} of an attachment downloaded through the portal: always {@code attachment}, so a
 * browser saves the file and never shows it as a page of the portal (an uploaded HTML or SVG file would otherwise
 * run in the portal's origin), with the file name the service gave.
 */
final class AttachmentDisposition {

    private static final Pattern FILE_NAME = Pattern.compile("filename\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final String FALLBACK_NAME = "bijlage";

    private AttachmentDisposition() {
    }

    /** From the service's header (which may say {@code inline}, or be missing). */
    static String of(String serviceDisposition) {
        String name = fileName(serviceDisposition);
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String fileName(String disposition) {
        if (disposition == null) {
            return FALLBACK_NAME;
        }
        Matcher matcher = FILE_NAME.matcher(disposition);
        if (!matcher.find()) {
            return FALLBACK_NAME;
        }
        String name = matcher.group(2) != null ? matcher.group(2).replaceAll("\\\\(.)", "$1") : matcher.group(1);
        // Only the name: a path in it means nothing to the person and could steer where a browser saves it.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? FALLBACK_NAME : name;
    }
}
