package org.dualcarbon.security.attack;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One case of the attack suite: who tries what, the status the platform must answer with, the audit event it must
 * leave, and (where the attack aims at a later reader, as stored XSS does) a check of what that reader gets.
 */
record Attack(String id, String category, String title, Set<Integer> statuses, String auditEvent, Request request,
              Consumer<String> afterwards, boolean writes) {

    /** The attacking request. */
    @FunctionalInterface
    interface Request {
        HttpResponse<String> send() throws Exception;
    }

    static Attack of(String id, String category, String title, int status, String auditEvent, Request request) {
        return new Attack(id, category, title, Set.of(status), auditEvent, request, body -> { }, false);
    }

    Attack then(Consumer<String> check) {
        return new Attack(id, category, title, statuses, auditEvent, request, check, writes);
    }

    /** The attack stores harmless data on purpose (it is what a later reader receives that is checked). */
    Attack storing() {
        return new Attack(id, category, title, statuses, auditEvent, request, afterwards, true);
    }

    String expected() {
        return statuses.iterator().next() + " + audit " + auditEvent;
    }
}
