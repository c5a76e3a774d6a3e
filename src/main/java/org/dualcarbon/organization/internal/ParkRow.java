package org.dualcarbon.organization.internal;

/** A park as written to the database; MyBatis fills the generated id. */
public class ParkRow {
    Long id;
    final String code;
    final String name;
    final String regionCode;
    final String parkLevel;
    final String path;

    public ParkRow(String code, String name, String regionCode, String parkLevel, String path) {
        this.code = code;
        this.name = name;
        this.regionCode = regionCode;
        this.parkLevel = parkLevel;
        this.path = path;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getParkLevel() {
        return parkLevel;
    }

    public String getPath() {
        return path;
    }
}
