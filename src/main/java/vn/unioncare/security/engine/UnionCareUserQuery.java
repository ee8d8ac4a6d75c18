package vn.unioncare.security.engine;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.util.List;

class UnionCareUserQuery extends UserQueryImpl {

    private final transient IdentityDirectory directory;

    UnionCareUserQuery(IdentityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return find().size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return UnionCareIdentityProvider.page(find(), page, this);
    }

    private List<User> find() {
        if (getTenantId() != null) {
            return List.of();
        }
        String nameLike = getFirstNameLike() != null ? getFirstNameLike()
                : getFirstName() != null ? getFirstName() : getLastNameLike();
        IdentityDirectory.UserFilter filter = new IdentityDirectory.UserFilter(getId(),
                getIds() == null ? null : List.of(getIds()), nameLike, getEmail(), getEmailLike(), getGroupId());
        return directory.users(filter).stream().map(u -> (User) UnionCareIdentityProvider.toUser(u)).toList();
    }
}
