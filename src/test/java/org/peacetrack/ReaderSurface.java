package org.peacetrack;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every GET address the application answers, read from its handler mappings (so a new page or endpoint is
 * walked without anyone adding it here), with path variables and query parameters filled from the values a
 * fixture knows. A mapping that cannot be filled is reported, not skipped.
 */
final class ReaderSurface {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    /** One GET mapping: its pattern and the addresses to request for it. */
    record Mapping(String pattern, List<URI> addresses) {
    }

    private final Map<String, List<String>> pathValues;
    private final Map<String, List<String>> paramValues;
    private final List<String> unfillable = new ArrayList<>();

    ReaderSurface(Map<String, List<String>> pathValues, Map<String, List<String>> paramValues) {
        this.pathValues = pathValues;
        this.paramValues = paramValues;
    }

    /** The GET mappings of every handler mapping (the application's, springdoc's, the actuator's), by pattern. */
    static Map<String, HandlerMethod> getMappings(ApplicationContext context) {
        Map<String, HandlerMethod> found = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    info.getPatternValues().forEach(p -> found.put(withParams(p, info), method));
                }
            });
        }
        return found;
    }

    /** A mapping narrowed by a parameter condition ("?format=csv") is its own address. */
    private static String withParams(String pattern, RequestMappingInfo info) {
        List<String> conditions = info.getParamsCondition().getExpressions().stream()
                .filter(e -> !e.isNegated()).map(ReaderSurface::condition).toList();
        return conditions.isEmpty() ? pattern : pattern + "?" + String.join("&", conditions);
    }

    private static String condition(NameValueExpression<String> e) {
        return e.getValue() == null ? e.getName() + "=" : e.getName() + "=" + e.getValue();
    }

    Mapping addresses(String mapping, HandlerMethod handler) {
        String pattern = mapping.contains("?") ? mapping.substring(0, mapping.indexOf('?')) : mapping;
        String fixed = mapping.contains("?") ? mapping.substring(mapping.indexOf('?') + 1) : "";
        List<String> paths = paths(pattern);
        List<Map<String, String>> queries = queries(handler);
        List<URI> addresses = new ArrayList<>();
        if (paths.isEmpty() || queries.isEmpty()) {
            unfillable.add(mapping);
        }
        for (String path : paths) {
            for (Map<String, String> query : queries) {
                UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).query(fixed.isEmpty() ? null : fixed);
                query.forEach(uri::queryParam);
                addresses.add(uri.encode().build().toUri());
            }
        }
        return new Mapping(mapping, addresses);
    }

    List<String> unfillable() {
        return unfillable;
    }

    private List<String> paths(String pattern) {
        List<String> paths = List.of(pattern);
        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            List<String> values = pathValues.get(variable.group(1));
            if (values == null) {
                return List.of();
            }
            String placeholder = variable.group();
            List<String> expanded = new ArrayList<>();
            paths.forEach(p -> values.forEach(v -> expanded.add(p.replace(placeholder, v))));
            paths = expanded;
        }
        return paths;
    }

    /**
     * The required parameters with their first value, then that again with each optional parameter the
     * fixture has values for; a handler that reads every parameter as a map (search) gets each search.
     */
    private List<Map<String, String>> queries(HandlerMethod handler) {
        Map<String, String> required = new LinkedHashMap<>();
        List<Map<String, String>> variants = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                paramValues.getOrDefault("*", List.of()).forEach(q -> variants.add(Map.of("q", q)));
                continue;
            }
            String name = !annotation.name().isEmpty() ? annotation.name() : Optional.ofNullable(parameter
                    .getParameterName()).orElse("?");
            List<String> values = paramValues.get(name);
            boolean isRequired = annotation.required() && annotation.defaultValue().equals(ValueConstants.DEFAULT_NONE)
                    && parameter.getParameterType() != Optional.class;
            if (isRequired && values == null) {
                return List.of();
            }
            if (isRequired) {
                required.put(name, values.get(0));
            } else if (values != null) {
                values.forEach(v -> variants.add(Map.of(name, v)));
            }
        }
        List<Map<String, String>> queries = new ArrayList<>();
        queries.add(required);
        for (Map<String, String> variant : variants) {
            Map<String, String> query = new LinkedHashMap<>(required);
            query.putAll(variant);
            queries.add(query);
        }
        return queries;
    }
}
