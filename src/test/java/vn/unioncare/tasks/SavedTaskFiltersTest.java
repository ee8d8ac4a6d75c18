package vn.unioncare.tasks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.security.UserAccountService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class SavedTaskFiltersTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    SavedTaskFilters filters;

    private static final TaskFilter OVERDUE_HIGH = new TaskFilter("foundation-roundtrip", "Xem xét yêu cầu", 7L,
            DueState.OVERDUE, PriorityBand.HIGH, "nguyễn");

    @Test
    void anOfficerSavesAFilterUnderANameAndGetsItBackWhole() {
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            filters.save("Quá hạn, ưu tiên cao", Queue.UNION, OVERDUE_HIGH);
            assertThat(filters.mine()).singleElement().satisfies(saved -> {
                assertThat(saved.name()).isEqualTo("Quá hạn, ưu tiên cao");
                assertThat(saved.queue()).isEqualTo(Queue.UNION);
                assertThat(saved.filter()).isEqualTo(OVERDUE_HIGH);
            });
            filters.save("Quá hạn, ưu tiên cao", Queue.MINE, TaskFilter.none());
            assertThat(filters.mine()).singleElement().satisfies(saved -> {
                assertThat(saved.queue()).isEqualTo(Queue.MINE);
                assertThat(saved.filter()).isEqualTo(TaskFilter.none());
            });
        }
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            assertThat(filters.mine()).isEmpty();
        }
    }

    @Test
    void anotherOfficersFilterCannotBeDeletedAndABlankNameIsRefused() {
        long id;
        try (SignedIn ignored = SignedIn.as(accounts, "parks.officer")) {
            id = filters.save("Của tôi", Queue.MINE, TaskFilter.none()).id();
            assertThatThrownBy(() -> filters.save("  ", Queue.MINE, TaskFilter.none()))
                    .hasFieldOrPropertyWithValue("messageKey", "tasks.filters.error.name");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "health.officer")) {
            assertThatThrownBy(() -> filters.delete(id)).hasFieldOrPropertyWithValue("status", 404);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "parks.officer")) {
            filters.delete(id);
            assertThat(filters.mine()).isEmpty();
        }
    }
}
