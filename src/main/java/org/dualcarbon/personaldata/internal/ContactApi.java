package org.dualcarbon.personaldata.internal;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.personaldata.Contact;
import org.dualcarbon.personaldata.ContactForm;
import org.dualcarbon.personaldata.ContactPersons;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contact person over the API: masked by default; reveal, export and erase with a reason, audited. */
@RestController
@RequestMapping("/api/enterprises/{id}/contact")
class ContactApi {

    private final ContactPersons contacts;

    ContactApi(ContactPersons contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    Contact get(@PathVariable long id) {
        return contacts.masked(id).orElseThrow(() -> new NotFoundException("contact of enterprise", id));
    }

    @PutMapping
    Contact set(@PathVariable long id, @Valid @RequestBody ContactForm form, Principal me) {
        return contacts.set(id, form, me.getName());
    }

    @PostMapping("/reveal")
    Contact reveal(@PathVariable long id, @RequestBody Map<String, String> body) {
        return contacts.reveal(id, body.get("reason"));
    }

    @GetMapping("/export")
    ResponseEntity<Map<String, Object>> export(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-" + id + ".json\"")
                .body(contacts.export(id, reason));
    }

    @DeleteMapping
    ResponseEntity<Void> erase(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        return contacts.erase(id, reason) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
