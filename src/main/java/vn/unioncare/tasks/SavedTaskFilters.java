package vn.unioncare.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.tasks.domain.SavedTaskFilter;
import vn.unioncare.tasks.domain.SavedTaskFilterRepository;

import java.time.Clock;
import java.util.List;

/** Each officer's own saved queue filters; saving under an existing name replaces it. */
@Service
@Transactional(readOnly = true)
public class SavedTaskFilters {

    static final int MAX_NAME = 100;
    static final int MAX_PER_USER = 50;

    private final SavedTaskFilterRepository filters;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    public SavedTaskFilters(SavedTaskFilterRepository filters, CurrentUser currentUser, ObjectMapper json, Clock clock) {
        this.filters = filters;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    public List<SavedFilter> mine() {
        return filters.findByUsernameOrderByName(me()).stream().map(this::toView).toList();
    }

    @Transactional
    public SavedFilter save(String name, Queue queue, TaskFilter filter) {
        String username = me();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new TaskActionException("tasks.filters.error.name", 400, username);
        }
        String filterJson = write(filter);
        SavedTaskFilter saved = filters.findByUsernameAndName(username, cleanName).map(existing -> {
            existing.replace(queue, filterJson);
            return existing;
        }).orElseGet(() -> {
            if (filters.countByUsername(username) >= MAX_PER_USER) {
                throw new TaskActionException("tasks.filters.error.tooMany", 400, username);
            }
            return filters.save(new SavedTaskFilter(username, cleanName, queue, filterJson, clock.instant()));
        });
        return toView(saved);
    }

    @Transactional
    public void delete(long id) {
        String username = me();
        filters.delete(filters.findByIdAndUsername(id, username)
                .orElseThrow(() -> new TaskActionException("error.notFoundOrNoAccess", 404, String.valueOf(id))));
    }

    private String me() {
        return currentUser.require().getUsername();
    }

    private SavedFilter toView(SavedTaskFilter saved) {
        try {
            return new SavedFilter(saved.getId(), saved.getName(), saved.getQueue(),
                    json.readValue(saved.getFilterJson(), TaskFilter.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable saved filter " + saved.getId(), e);
        }
    }

    private String write(TaskFilter filter) {
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
