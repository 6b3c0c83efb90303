package nl.sto.monitor.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Works out, per school year and postcode area, which location with year-3 or 4 BL or KL students is nearest and
 * whether a location offering a technical BL, resp. KL programme lies within {@value #REACH_KM} km (straight line
 * from the area's centroid), and writes that to {@code postcode_reach}: the reachability indicator then only adds up.
 * Done in the import's transaction whenever students, positions or population change.
 */
final class ReachTable {

    static final double REACH_KM = 10;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static final String AREAS = """
            SELECT pc4, age_15_24, latitude, longitude FROM postcode_area
            WHERE age_15_24 IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL""";
    private static final String LOCATIONS = """
            SELECT s.location_code, p.latitude, p.longitude,
                   bool_or(s.leerweg = 'BL' AND s.sector = 'Techniek'), bool_or(s.leerweg = 'KL' AND s.sector = 'Techniek')
            FROM student_count s JOIN location_position p ON p.code = s.location_code
            WHERE s.school_year = ? AND s.leerweg IN ('BL', 'KL')
              AND COALESCE(s.year_3, 0) + COALESCE(s.year_4, 0) > 0
            GROUP BY s.location_code, p.latitude, p.longitude
            ORDER BY s.location_code""";
    private static final String SCHOOL_YEARS = "SELECT DISTINCT school_year FROM student_count";

    record Area(String pc4, int young, double latitude, double longitude) {
    }

    record Location(String code, double latitude, double longitude, boolean technicalBl, boolean technicalKl) {
    }

    record Reach(Area area, Location nearest, double distanceKm, boolean reachesBl, boolean reachesKl) {
    }

    private ReachTable() {
    }

    /** For one school year, or for every year with student counts when {@code schoolYear} is null. */
    static void refresh(Connection tx, String schoolYear) throws SQLException {
        List<String> years = schoolYear == null ? schoolYears(tx) : List.of(schoolYear);
        List<Area> areas = areas(tx);
        for (String year : years) {
            try (PreparedStatement delete = tx.prepareStatement("DELETE FROM postcode_reach WHERE school_year = ?")) {
                delete.setString(1, year);
                delete.executeUpdate();
            }
            List<Location> locations = locations(tx, year);
            try (CopyStream copy = new CopyStream(tx,
                    "postcode_reach (school_year, pc4, young, location_code, distance_km, reaches_bl, reaches_kl)")) {
                for (Reach reach : reach(areas, locations)) {
                    copy.write(Arrays.asList(year, reach.area().pc4(), String.valueOf(reach.area().young()),
                            reach.nearest().code(), String.valueOf(reach.distanceKm()), bool(reach.reachesBl()),
                            bool(reach.reachesKl())));
                }
                copy.finish();
            }
        }
    }

    /**
     * Each area's nearest location (of two as near, the first) and whether technical BL and KL lie within reach; none
     * without locations.
     */
    static List<Reach> reach(List<Area> areas, List<Location> locations) {
        List<Reach> reach = new ArrayList<>(areas.size());
        if (locations.isEmpty()) {
            return reach;
        }
        for (Area area : areas) {
            Location nearest = null;
            double nearestKm = Double.MAX_VALUE;
            boolean bl = false;
            boolean kl = false;
            for (Location location : locations) {
                double km = distanceKm(area.latitude(), area.longitude(), location.latitude(), location.longitude());
                if (km < nearestKm) {
                    nearest = location;
                    nearestKm = km;
                }
                bl |= location.technicalBl() && km <= REACH_KM;
                kl |= location.technicalKl() && km <= REACH_KM;
            }
            reach.add(new Reach(area, nearest, nearestKm, bl, kl));
        }
        return reach;
    }

    /** The great-circle distance (haversine). */
    static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLatitude = Math.toRadians(latitude2 - latitude1);
        double dLongitude = Math.toRadians(longitude2 - longitude1);
        double a = Math.pow(Math.sin(dLatitude / 2), 2) + Math.cos(Math.toRadians(latitude1))
                * Math.cos(Math.toRadians(latitude2)) * Math.pow(Math.sin(dLongitude / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static List<String> schoolYears(Connection tx) throws SQLException {
        List<String> years = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement(SCHOOL_YEARS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                years.add(rows.getString(1));
            }
        }
        return years;
    }

    private static List<Area> areas(Connection tx) throws SQLException {
        List<Area> areas = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement(AREAS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                areas.add(new Area(rows.getString(1), rows.getInt(2), rows.getDouble(3), rows.getDouble(4)));
            }
        }
        return areas;
    }

    private static List<Location> locations(Connection tx, String schoolYear) throws SQLException {
        List<Location> locations = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement(LOCATIONS)) {
            select.setString(1, schoolYear);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    locations.add(new Location(rows.getString(1), rows.getDouble(2), rows.getDouble(3),
                            rows.getBoolean(4), rows.getBoolean(5)));
                }
            }
        }
        return locations;
    }

    private static String bool(boolean value) {
        return value ? "t" : "f";
    }
}
