package org.dualcarbon.personaldata.internal;

import org.dualcarbon.common.scope.ScopedRow;

/** The stored row: ciphertexts, the phone's blind index, the key id and the enterprise's scope. */
public record ContactRow(Long id, long enterpriseId, String nameEnc, String phoneEnc, String phoneIndex, String emailEnc,
                         String jobTitle, String keyId, String updatedBy, String scopePath) implements ScopedRow {
}
