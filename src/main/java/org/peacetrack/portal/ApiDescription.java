package org.peacetrack.portal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * What springdoc cannot infer from the handlers: an upload is a multipart form (its file a binary part, its
 * other parameters form fields); a write names how to sign in; and every operation has a summary, its
 * handler's {@code @Operation} or, for capabilities whose controllers do not carry one, the line below.
 */
@Component
class ApiDescription implements OperationCustomizer, OpenApiCustomizer {

    private static final String MULTIPART = "multipart/form-data";
    /** By handler, "Controller.method", for controllers of capabilities that do not describe their operations. */
    private static final Map<String, String> SUMMARIES = Map.of(
            "ImportApi.importDocument", "Import a document (PDF, DOCX, HTML, Markdown or text): 201 with the import "
                    + "report, 200 if the same file was imported before, 422 if it is refused",
            "DocumentApi.list", "Imported documents",
            "DocumentApi.get", "A document with its paragraphs",
            "LineageApi.lineage", "An item's chain across sessions, with scores, age and warnings",
            "FigureApi.figures", "Figures stated in documents, compared across documents (or one measure's)",
            "FigureApi.disagreements", "Measures whose figures disagree between documents");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            String handlerName = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
            operation.setSummary(SUMMARIES.get(handlerName));
        }
        if (takesAFile(handler)) {
            operation.setRequestBody(multipartBody(handler));
            operation.getParameters().removeIf(p -> "query".equals(p.getIn()) && isFormField(p, handler));
        }
        return operation;
    }

    /** Every write (anything but a read) needs an account, by HTTP Basic or a session. */
    @Override
    public void customise(OpenAPI api) {
        api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(ApiConfiguration.BASIC),
                        new SecurityRequirement().addList(ApiConfiguration.SESSION)));
            }
        }));
    }

    private static boolean takesAFile(HandlerMethod handler) {
        return parameters(handler).stream().anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
    }

    private static List<MethodParameter> parameters(HandlerMethod handler) {
        List<MethodParameter> found = new ArrayList<>();
        for (int i = 0; i < handler.getMethod().getParameterCount(); i++) {
            MethodParameter p = new MethodParameter(handler.getMethod(), i);
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            found.add(p);
        }
        return found;
    }

    private static boolean isFormField(Parameter parameter, HandlerMethod handler) {
        return formFields(handler).stream().anyMatch(f -> f.name().equals(parameter.getName()));
    }

    private static RequestBody multipartBody(HandlerMethod handler) {
        ObjectSchema form = new ObjectSchema();
        List<String> required = new ArrayList<>();
        for (FormField field : formFields(handler)) {
            form.addProperty(field.name(), field.schema());
            if (field.required()) {
                required.add(field.name());
            }
        }
        form.setRequired(required);
        return new RequestBody().required(true).content(new Content().addMediaType(MULTIPART,
                new MediaType().schema(form)));
    }

    private record FormField(String name, Schema<?> schema, boolean required) {
    }

    private static List<FormField> formFields(HandlerMethod handler) {
        List<FormField> fields = new ArrayList<>();
        for (MethodParameter p : parameters(handler)) {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : param.value().isEmpty()
                    ? String.valueOf(p.getParameterName()) : param.value();
            Schema<?> schema = MultipartFile.class.isAssignableFrom(p.getParameterType())
                    ? new StringSchema().format("binary") : enumOrText(p.getParameterType());
            fields.add(new FormField(name, schema, param.required()));
        }
        return fields;
    }

    private static Schema<?> enumOrText(Class<?> type) {
        StringSchema schema = new StringSchema();
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                schema.addEnumItem(((Enum<?>) constant).name());
            }
        }
        return schema;
    }
}
