package org.dualcarbon.organization.internal;

import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.organization.EmissionUnitForm;

/** An emission unit as written to the database; MyBatis fills the generated id. */
public class EmissionUnitRow implements ScopedRow {
    private Long id;
    private final long enterpriseId;
    private final EmissionUnitForm form;
    private final boolean active;
    private final String scopePath;

    public EmissionUnitRow(Long id, long enterpriseId, EmissionUnitForm form, boolean active, String scopePath) {
        this.id = id;
        this.enterpriseId = enterpriseId;
        this.form = form;
        this.active = active;
        this.scopePath = scopePath;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public EmissionUnitForm getForm() {
        return form;
    }

    public boolean isActive() {
        return active;
    }

    public String getScopePath() {
        return scopePath;
    }

    @Override
    public String scopePath() {
        return scopePath;
    }
}
