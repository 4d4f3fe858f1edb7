package org.peacetrack.i18n;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** For the layout's language switch ({@code @languages.link('fr')}): this page again, in another language. */
@Component("languages")
public class LanguageLinks {

    public String link(String language) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String original ? original : request.getRequestURI();
        String query = errorUri == null && "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(LanguageSwitch.PARAMETER, Languages.pageLanguage(
                        Locale.forLanguageTag(language)).getLanguage())
                .build().toUriString();
    }
}
