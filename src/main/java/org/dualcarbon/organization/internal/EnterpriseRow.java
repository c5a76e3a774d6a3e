package org.dualcarbon.organization.internal;

import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.organization.EnterpriseForm;

/** An enterprise as written to the database; MyBatis fills the generated id. */
public class EnterpriseRow implements ScopedRow {
    private Long id;
    private final EnterpriseForm form;
    private final String scopePath;
    private final int version;

    public EnterpriseRow(Long id, EnterpriseForm form, String scopePath, int version) {
        this.id = id;
        this.form = form;
        this.scopePath = scopePath;
        this.version = version;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EnterpriseForm getForm() {
        return form;
    }

    public int getVersion() {
        return version;
    }

    public String getScopePath() {
        return scopePath;
    }

    @Override
    public String scopePath() {
        return scopePath;
    }
}
