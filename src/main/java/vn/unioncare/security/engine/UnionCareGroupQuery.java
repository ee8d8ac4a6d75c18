package vn.unioncare.security.engine;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.util.List;

class UnionCareGroupQuery extends GroupQueryImpl {

    private final transient IdentityDirectory directory;

    UnionCareGroupQuery(IdentityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return find().size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return UnionCareIdentityProvider.page(find(), page, this);
    }

    private List<Group> find() {
        if (getTenantId() != null) {
            return List.of();
        }
        IdentityDirectory.GroupFilter filter = new IdentityDirectory.GroupFilter(getId(),
                getIds() == null ? null : List.of(getIds()), getName(), getNameLike(), getType(), getUserId());
        return directory.groups(filter).stream().map(g -> (Group) UnionCareIdentityProvider.toGroup(g)).toList();
    }
}
