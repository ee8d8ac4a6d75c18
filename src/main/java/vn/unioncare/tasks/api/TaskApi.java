package vn.unioncare.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.unioncare.tasks.TaskForms;

import java.util.Map;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Complete a task by submitting its form")
class TaskApi {

    private final TaskForms taskForms;

    TaskApi(TaskForms taskForms) {
        this.taskForms = taskForms;
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Validate the task's form and complete the task",
            responses = {@ApiResponse(responseCode = "204", description = "completed"),
                    @ApiResponse(responseCode = "422", description = "invalid: {field: message}"),
                    @ApiResponse(responseCode = "404", description = "no such task, or not yours to work"),
                    @ApiResponse(responseCode = "409", description = "claimed by someone else meanwhile")})
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody Map<String, Object> submission) {
        taskForms.complete(taskId, submission);
        return ResponseEntity.noContent().build();
    }

}
