package org.dualcarbon.personaldata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.common.crypto.FieldCipher;
import org.dualcarbon.common.scope.ScopedTable;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.personaldata.internal.ContactMapper;
import org.dualcarbon.personaldata.internal.ContactRow;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises' contact persons. Reading needs the enterprise in the caller's scope (an enterprise outside it answers
 * 404, as everywhere) and gives masked values; changing, revealing, exporting and erasing need ORG_MANAGE or UNIT_MANAGE
 * (officials, park managers, the enterprise's managers) and are audited, revealing and exporting with the reason given.
 * Values never reach a log: no message here carries them.
 */
@Service
public class ContactPersons {

    static final String NAME = "contact_person.name";
    static final String PHONE = "contact_person.phone";
    static final String EMAIL = "contact_person.email";

    private final ContactMapper contacts;
    private final EnterpriseService enterprises;
    private final FieldCipher cipher;
    private final AuditLog audit;

    public ContactPersons(ContactMapper contacts, EnterpriseService enterprises, FieldCipher cipher, AuditLog audit) {
        this.contacts = contacts;
        this.enterprises = enterprises;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The masked contact of an enterprise in the caller's scope. */
    @PreAuthorize("hasAuthority('ORG_READ')")
    public Optional<Contact> masked(long enterpriseId) {
        enterprises.get(enterpriseId);
        return contacts.byEnterprise(enterpriseId).map(this::clear).map(Contact::masked);
    }

    @PreAuthorize("hasAnyAuthority('ORG_MANAGE', 'UNIT_MANAGE')")
    @Transactional
    public Contact set(long enterpriseId, ContactForm form, String by) {
        Enterprise enterprise = enterprises.get(enterpriseId);
        String email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
        ContactRow row = new ContactRow(null, enterpriseId, cipher.encrypt(form.name().strip(), NAME),
                cipher.encrypt(form.phone(), PHONE), cipher.blindIndex(form.phone(), PHONE), cipher.encrypt(email, EMAIL),
                form.jobTitle() == null || form.jobTitle().isBlank() ? null : form.jobTitle().strip(), cipher.keyId(), by,
                enterprise.scopePath());
        boolean existed = contacts.update(row) == 1;
        if (!existed) {
            contacts.insert(row);
        }
        audit.record("PERSONAL_DATA_CHANGED", "CONTACT", String.valueOf(enterpriseId), AuditOutcome.SUCCESS,
                existed ? "contact person changed" : "contact person recorded");
        return clear(row).masked();
    }

    /** The clear values, for one who needs to call the person; the reason is kept in the audit log. */
    @PreAuthorize("hasAnyAuthority('ORG_MANAGE', 'UNIT_MANAGE')")
    @Transactional
    public Contact reveal(long enterpriseId, String reason) {
        String why = reason(reason);
        enterprises.get(enterpriseId);
        Contact contact = contacts.byEnterprise(enterpriseId).map(this::clear)
                .orElseThrow(() -> new org.dualcarbon.common.web.NotFoundException("contact of enterprise", enterpriseId));
        audit.record("PERSONAL_DATA_REVEALED", "CONTACT", String.valueOf(enterpriseId), AuditOutcome.SUCCESS, why);
        return new Contact(contact.enterpriseId(), contact.name(), contact.phone(), contact.email(), contact.jobTitle(),
                contact.updatedBy(), true);
    }

    /** A copy of everything held about the contact person (GB/T 35273 §8.6), on the person's request. */
    @PreAuthorize("hasAnyAuthority('ORG_MANAGE', 'UNIT_MANAGE')")
    @Transactional
    public Map<String, Object> export(long enterpriseId, String reason) {
        Contact contact = reveal(enterpriseId, reason);
        Enterprise enterprise = enterprises.get(enterpriseId);
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("purpose", "联系人：就企业的碳排放报告与平台联系 / contact for the enterprise's emission reports");
        copy.put("enterprise", Map.of("id", enterprise.id(), "name", enterprise.name(), "uscc", enterprise.uscc()));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", contact.name());
        person.put("mobilePhone", contact.phone());
        person.put("email", contact.email());
        person.put("jobTitle", contact.jobTitle());
        person.put("recordedBy", contact.updatedBy());
        copy.put("person", person);
        copy.put("storage", "AES-256-GCM, key " + cipher.keyId() + " held outside the database");
        audit.record("PERSONAL_DATA_EXPORTED", "CONTACT", String.valueOf(enterpriseId), AuditOutcome.SUCCESS, reason(reason));
        return copy;
    }

    /** Erases the contact person on request (GB/T 35273 §8.3). */
    @PreAuthorize("hasAnyAuthority('ORG_MANAGE', 'UNIT_MANAGE')")
    @Transactional
    public boolean erase(long enterpriseId, String reason) {
        String why = reason(reason);
        enterprises.get(enterpriseId);
        boolean erased = contacts.delete(enterpriseId) == 1;
        audit.record("PERSONAL_DATA_ERASED", "CONTACT", String.valueOf(enterpriseId),
                erased ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, why);
        return erased;
    }

    /** The enterprises (in the caller's scope) whose contact has this mobile number, found by its blind index. */
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    public List<Long> enterprisesWithPhone(String phone) {
        if (phone == null || !phone.matches("1[3-9]\\d{9}")) {
            throw new InvalidInputException("phone", "应为11位大陆手机号 / an 11-digit mainland mobile number");
        }
        return contacts.enterprisesByPhone(cipher.blindIndex(phone, PHONE));
    }

    private Contact clear(ContactRow row) {
        return new Contact(row.enterpriseId(), cipher.decrypt(row.nameEnc(), NAME), cipher.decrypt(row.phoneEnc(), PHONE),
                cipher.decrypt(row.emailEnc(), EMAIL), row.jobTitle(), row.updatedBy(), false);
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 200) {
            throw new InvalidInputException("reason", "请写明查看或导出的理由（2–200字） / give the reason (2–200 characters)");
        }
        return why;
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Tables {
        @Bean
        ScopedTable contactPersonTable() {
            return new ScopedTable("contact_person");
        }
    }
}
