package org.peacetrack.documents.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.documents.DerivedRecord;
import org.peacetrack.documents.DerivedRecords;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentView;
import org.peacetrack.documents.ParagraphView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class DocumentPages {

    private final DocumentService documents;
    private final List<DerivedRecords> derivedRecords;

    DocumentPages(DocumentService documents, List<DerivedRecords> derivedRecords) {
        this.documents = documents;
        this.derivedRecords = derivedRecords;
    }

    @GetMapping("/documents")
    String list(Model model) {
        model.addAttribute("documents", documents.list());
        return "documents";
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model, Authentication who) {
        DocumentView doc = documents.get(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id));
        List<Long> ids = doc.paragraphs().stream().map(ParagraphView::id).toList();
        Map<Long, List<DerivedRecord>> derived = new HashMap<>();
        derivedRecords.forEach(source -> derived.putAll(source.madeFrom(ids)));
        model.addAttribute("doc", doc);
        model.addAttribute("derived", derived);
        boolean staff = imports(who);
        model.addAttribute("staff", staff);
        if (staff) {
            model.addAttribute("originalSize", documents.originalSize(doc.document().fileHash()).orElse(null));
        }
        return "document";
    }

    /** Whether the signed-in person may import (editors and administrators): they are told whether the original is kept. */
    private static boolean imports(Authentication who) {
        return who != null && who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_EDITOR") || a.equals("ROLE_ADMIN"));
    }
}
