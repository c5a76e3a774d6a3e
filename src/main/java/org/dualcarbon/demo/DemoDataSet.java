package org.dualcarbon.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the demo generator produces, ready to be stored. */
public record DemoDataSet(List<Park> parks, List<Group> groups, List<Enterprise> enterprises, List<User> users,
                          List<Anomaly> anomalies) {

    /** A park in a county-level division, with its path in the organisation tree. */
    public record Park(String code, String name, String regionCode, String level, String path) {
    }

    /** An enterprise group, seated in a division. */
    public record Group(String uscc, String name, String regionCode) {
    }

    /** An enterprise with its units; {@code parkCode} and {@code groupUscc} may be null. */
    public record Enterprise(String uscc, String name, String regionCode, String parkCode, String groupUscc,
                             String industryCode, boolean etsKeyEmitter, String address, String scopePath,
                             List<Unit> units) {
    }

    /** An emission unit with the items it reports and its monthly figures. */
    public record Unit(String code, String name, String kind, BigDecimal capacity, String capacityUnit,
                       LocalDate commissionedOn, List<String> itemCodes, List<Monthly> activity) {
    }

    /** One month's quantity of one item, in the item's unit. */
    public record Monthly(int year, int month, String itemCode, BigDecimal quantity) {
    }

    /**
     * A demo account; the organisation is named by park code, enterprise or group credit code, or the credit
     * codes of a verifier's assigned enterprises.
     */
    public record User(String username, String displayName, String role, String regionCode, String parkCode,
                       String enterpriseUscc, String groupUscc, List<String> assignedUsccs) {
    }

    /** A deliberate oddity in the activity data, for anomaly checks to find. */
    public record Anomaly(String enterpriseUscc, String unitCode, String itemCode, int year, int month, String kind,
                          String description) {
    }
}
