package org.peacetrack.reporting;

import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The reports' templates, all in templates/reports/: one per report and format ("addendum.html",
 * "addendum.md") with shared fragments (fragments.html), and the messages of the application's bundles. Its
 * own engine, so that the pages' engine and its settings stay as they are; written straight to the writer
 * it is given, so that a report streams out as it is laid out.
 */
@Component
public class ReportTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public ReportTemplates(MessageSource messages) {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.md", 2));
        engine.setTemplateEngineMessageSource(messages);
        engine.setEnableSpringELCompiler(true);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/reports/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Writes the template (its name with its extension: "addendum.md") with the variables, in the language. */
    public void write(String template, Map<String, Object> variables, Locale locale, Writer out) {
        engine.process(template, new Context(locale, variables), out);
    }
}
