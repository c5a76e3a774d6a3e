package org.dualcarbon.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** A group query answered by {@link PlatformIdentityProvider}. */
class PlatformGroupQuery extends GroupQueryImpl {

    PlatformGroupQuery() {
        super(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).findGroups(this).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return Paging.page(provider(commandContext).findGroups(this), page);
    }

    private static PlatformIdentityProvider provider(CommandContext commandContext) {
        return (PlatformIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
