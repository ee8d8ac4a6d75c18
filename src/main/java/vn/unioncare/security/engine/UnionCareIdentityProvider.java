package vn.unioncare.security.engine;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import java.util.List;

/** Camunda's read-only view of UnionCare's accounts; see {@link IdentityDirectory}. */
public class UnionCareIdentityProvider implements ReadOnlyIdentityProvider {

    private final IdentityDirectory directory;

    public UnionCareIdentityProvider(IdentityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public User findUserById(String userId) {
        return createUserQuery().userId(userId).singleResult();
    }

    @Override
    public UserQuery createUserQuery() {
        return new UnionCareUserQuery(directory);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new UnionCareUserQuery(directory);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new IdentityProviderException("Native user queries are not supported: UnionCare keeps users in its own tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery().groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new UnionCareGroupQuery(directory);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new UnionCareGroupQuery(directory);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Camunda hands paging either as a {@link Page} or, for {@code listPage}, in the query's own fields. */
    static <T> List<T> page(List<T> all, Page page, ListQueryParameterObject query) {
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        int from = Math.min(Math.max(first, 0), all.size());
        int to = (int) Math.min((long) from + Math.max(max, 0), all.size());
        return all.subList(from, to);
    }

    static UserEntity toUser(IdentityDirectory.DirectoryUser user) {
        UserEntity entity = new UserEntity(user.id());
        entity.setFirstName(user.displayName());
        entity.setLastName("");
        entity.setEmail(user.email());
        return entity;
    }

    static GroupEntity toGroup(IdentityDirectory.DirectoryGroup group) {
        GroupEntity entity = new GroupEntity(group.id());
        entity.setName(group.name());
        entity.setType(group.type());
        return entity;
    }

    /** UnionCare runs without Camunda tenants. */
    private static final class NoTenants extends TenantQueryImpl {
        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
