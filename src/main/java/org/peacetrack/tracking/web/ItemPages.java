package org.peacetrack.tracking.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.documents.ParagraphView;
import org.peacetrack.tracking.FrameworkListing;
import org.peacetrack.tracking.ItemRecord;
import org.peacetrack.tracking.ItemSummary;
import org.peacetrack.tracking.ItemView;
import org.peacetrack.tracking.LineageService;
import org.peacetrack.tracking.LinkView;
import org.peacetrack.tracking.RegisterService;
import org.peacetrack.tracking.StatusView;
import org.peacetrack.tracking.Viewer;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.exports.ExportFormat;
import org.peacetrack.exports.Exports;
import org.peacetrack.tracking.C34Sessions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class ItemPages {

    private static final int PAGE_SIZE = 50;

    private final RegisterService register;
    private final DocumentService documents;
    private final LineageService lineage;
    private final CurrentActor current;

    ItemPages(RegisterService register, DocumentService documents, LineageService lineage, CurrentActor current) {
        this.register = register;
        this.documents = documents;
        this.lineage = lineage;
        this.current = current;
    }

    /** Items of one framework by theme; without a framework, the newest one that has statuses by theme. */
    @GetMapping("/items")
    String browse(@RequestParam(required = false) String framework, @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("frameworks", register.principalFrameworkRefs());
        model.addAttribute("theme", theme);
        Optional<String> code = framework != null ? Optional.of(framework) : register.defaultBrowseFramework();
        code.ifPresent(c -> {
            FrameworkListing listing = listing(c, theme);
            List<ItemSummary> all = listing.items();
            int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(page, 0), pages - 1);
            model.addAttribute("framework", listing.framework());
            model.addAttribute("themes", listing.themes());
            model.addAttribute("items", all.subList(current * PAGE_SIZE, Math.min(all.size(), (current + 1) * PAGE_SIZE)));
            model.addAttribute("page", current);
            model.addAttribute("pages", pages);
        });
        return "items";
    }

    /** A framework's items (or one theme's) as CSV, XLSX or JSON, with their public statuses (ItemTables). */
    @GetMapping("/items/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam String framework,
            @RequestParam(required = false) String theme) {
        ExportFormat asked = ExportFormat.of(format);
        List<ItemRecord> records = register.records(framework, theme)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No framework " + framework));
        String name = "peacetrack-" + framework.replace('/', '-') + (theme == null ? "" : "-" + theme.replace(' ', '-'));
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return Exports.download(ItemTables.of(name, records, baseUrl), asked);
    }

    private FrameworkListing listing(String framework, String theme) {
        return register.listing(framework, theme)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No framework " + framework));
    }

    /** The permanent address of a Special Committee recommendation: its session and paragraph number. */
    @GetMapping("/recommendations/{year}/{number}")
    String permalink(@PathVariable int year, @PathVariable int number, Model model) {
        long id = register.item(C34Sessions.symbolOf(year), number).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No recommendation " + number + " of the " + year + " session")).id();
        return show(id, model);
    }

    @GetMapping("/items/{id}")
    String show(@PathVariable long id, Model model) {
        ItemView item = register.item(id, Viewer.of(current.get()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No item " + id));
        Stream<Long> fromHistory = item.history().stream().map(StatusView::sourceParagraphId);
        Stream<Long> fromLinks = Stream.concat(item.references().stream(), item.referencedBy().stream())
                .map(LinkView::sourceParagraphId);
        Map<Long, ParagraphView> sources = documents.paragraphs(
                Stream.concat(fromHistory, fromLinks).filter(Objects::nonNull).distinct().toList());
        Map<Long, DocumentSummary> sourceDocuments = sources.values().stream().map(ParagraphView::documentId)
                .distinct().flatMap(d -> documents.summary(d).stream())
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        model.addAttribute("view", item);
        model.addAttribute("permalink", Permalinks.of(item.item()));
        model.addAttribute("lineage", lineage.lineage(item));
        model.addAttribute("sources", sources);
        model.addAttribute("sourceDocuments", sourceDocuments);
        return "item";
    }
}
