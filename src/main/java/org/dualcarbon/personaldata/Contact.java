package org.dualcarbon.personaldata;

/**
 * An enterprise's contact person. {@link #masked()} is what pages, lists and API answers show; the clear values leave
 * the service only through an audited reveal or export.
 */
public record Contact(long enterpriseId, String name, String phone, String email, String jobTitle, String updatedBy,
                      boolean revealed) {

    public Contact masked() {
        return new Contact(enterpriseId, Masking.name(name), Masking.phone(phone), Masking.email(email), jobTitle, updatedBy, false);
    }
}
