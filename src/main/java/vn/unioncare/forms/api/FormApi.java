package vn.unioncare.forms.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.unioncare.forms.DeployedForms;
import vn.unioncare.forms.FormSchema;

/** Form schemas for clients other than the browser (a member app, a Zalo mini app). */
@RestController
@RequestMapping("/api/v1/forms")
@Tag(name = "Forms", description = "Camunda Forms as deployed, to render in other clients")
class FormApi {

    private final DeployedForms forms;

    FormApi(DeployedForms forms) {
        this.forms = forms;
    }

    @GetMapping("/{formId}")
    @Operation(summary = "The latest deployed version of a form (form-js JSON)")
    ResponseEntity<FormSchema> form(@PathVariable String formId) {
        return ResponseEntity.of(forms.latest(formId));
    }
}
