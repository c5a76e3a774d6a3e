package org.dualcarbon.documents.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.documents.DocumentFingerprint;

/** The fingerprints of approved reports' documents (table {@code report_document}, scope-filtered). */
@Mapper
public interface DocumentFingerprintMapper {

    List<DocumentFingerprint> ofReport(@Param("reportId") long reportId);

    void insert(@Param("f") DocumentFingerprint fingerprint);
}
