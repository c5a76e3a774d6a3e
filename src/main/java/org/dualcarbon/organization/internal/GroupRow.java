package org.dualcarbon.organization.internal;

/** An enterprise group as written to the database; MyBatis fills the generated id. */
public class GroupRow {
    private Long id;
    private final String uscc;
    private final String name;
    private final String regionCode;

    public GroupRow(String uscc, String name, String regionCode) {
        this.uscc = uscc;
        this.name = name;
        this.regionCode = regionCode;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUscc() {
        return uscc;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }
}
