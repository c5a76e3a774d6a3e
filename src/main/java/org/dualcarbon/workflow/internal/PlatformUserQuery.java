package org.dualcarbon.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** A user query answered by {@link PlatformIdentityProvider}. */
class PlatformUserQuery extends UserQueryImpl {

    PlatformUserQuery() {
        super(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).findUsers(this).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return Paging.page(provider(commandContext).findUsers(this), page);
    }

    private static PlatformIdentityProvider provider(CommandContext commandContext) {
        return (PlatformIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
