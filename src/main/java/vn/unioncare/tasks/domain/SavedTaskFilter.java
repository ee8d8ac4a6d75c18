package vn.unioncare.tasks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.unioncare.tasks.Queue;

import java.time.Instant;

@Entity
@Table(name = "saved_task_filter")
public class SavedTaskFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Queue queue;

    @Column(name = "filter_json", nullable = false)
    private String filterJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedTaskFilter() {
    }

    public SavedTaskFilter(String username, String name, Queue queue, String filterJson, Instant createdAt) {
        this.username = username;
        this.name = name;
        this.queue = queue;
        this.filterJson = filterJson;
        this.createdAt = createdAt;
    }

    public void replace(Queue newQueue, String newFilterJson) {
        this.queue = newQueue;
        this.filterJson = newFilterJson;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Queue getQueue() {
        return queue;
    }

    public String getFilterJson() {
        return filterJson;
    }
}
