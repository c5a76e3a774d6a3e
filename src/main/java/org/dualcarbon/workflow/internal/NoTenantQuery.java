package org.dualcarbon.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** The platform uses no engine tenants: scope comes from the organisation tree instead. */
class NoTenantQuery extends TenantQueryImpl {

    NoTenantQuery() {
        super(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
        return List.of();
    }
}
