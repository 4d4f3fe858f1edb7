package org.peacetrack.register.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.documents.ParagraphView;
import org.peacetrack.exports.ExportFormat;
import org.peacetrack.exports.Exports;
import org.peacetrack.register.C34Sessions;
import org.peacetrack.register.ItemChains;
import org.peacetrack.register.ItemList;
import org.peacetrack.register.ItemLists;
import org.peacetrack.register.ItemRecord;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.LinkView;
import org.peacetrack.register.ListedItem;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Viewer;
import org.peacetrack.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
    private final ItemChains lineage;
    private final ItemLists lists;
    private final CurrentActor current;

    ItemPages(RegisterService register, DocumentService documents, ItemChains lineage, ItemLists lists,
            CurrentActor current) {
        this.register = register;
        this.lists = lists;
        this.documents = documents;
        this.lineage = lineage;
        this.current = current;
    }

    /** Items of one framework by theme and status; without a framework, the newest one that has themes. */
    @GetMapping("/items")
    String browse(@RequestParam(required = false) String framework, @RequestParam(required = false) String theme,
            @RequestParam(required = false) Status status, @RequestParam(defaultValue = "0") int page, Model model) {
        String chosenTheme = blankToNull(theme);
        model.addAttribute("frameworks", register.principalFrameworkRefs());
        model.addAttribute("theme", chosenTheme);
        model.addAttribute("status", status);
        Optional<String> code = framework != null && !framework.isBlank() ? Optional.of(framework)
                : register.defaultBrowseFramework();
        code.ifPresent(c -> {
            ItemList list = list(c, chosenTheme, status);
            List<ListedItem> all = list.items();
            int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(page, 0), pages - 1);
            model.addAttribute("framework", list.framework());
            model.addAttribute("links", new ListLinks(list.framework().code(), chosenTheme, status));
            model.addAttribute("themes", list.themes());
            model.addAttribute("statuses", list.statuses());
            model.addAttribute("shown", all.size());
            model.addAttribute("items", all.subList(current * PAGE_SIZE, Math.min(all.size(), (current + 1) * PAGE_SIZE)));
            model.addAttribute("page", current);
            model.addAttribute("pages", pages);
        });
        return "items";
    }

    /** The same list as the page shows (all its pages, same theme and status), with public statuses (ItemTables). */
    @GetMapping("/items/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam String framework,
            @RequestParam(required = false) String theme, @RequestParam(required = false) Status status) {
        ExportFormat asked = ExportFormat.of(format);
        String chosenTheme = blankToNull(theme);
        List<ItemRecord> records = register.records(framework, chosenTheme)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No framework " + framework))
                .stream().filter(r -> status == null || status == r.item().currentStatus()).toList();
        String name = "peacetrack-" + framework.replace('/', '-') + (chosenTheme == null ? "" : "-" + chosenTheme.replace(' ', '-'))
                + (status == null ? "" : "-" + status.name());
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return Exports.download(ItemTables.of(name, records, baseUrl), asked);
    }

    private ItemList list(String framework, String theme, Status status) {
        return lists.of(framework, theme, status)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No framework " + framework));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The permanent address of a Special Committee recommendation: its session and paragraph number. Like
     * {@link #show}, read in one transaction.
     */
    @GetMapping("/recommendations/{year}/{number}")
    @Transactional(readOnly = true)
    String permalink(@PathVariable int year, @PathVariable int number, Model model) {
        long id = register.item(C34Sessions.symbolOf(year), number).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No recommendation " + number + " of the " + year + " session")).id();
        return show(id, model);
    }

    /**
     * An item with its sources and chain, read in one read-only transaction (one connection, one begin and
     * commit) rather than one for each facade it asks: under load each transaction's begin and commit cost
     * about as much CPU as one of the page's queries. The page is rendered after it ends.
     */
    @GetMapping("/items/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Model model) {
        ItemView item = register.item(id, Viewer.of(current.get()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No item " + id));
        Stream<Long> fromHistory = item.history().stream().map(StatusView::sourceParagraphId);
        Stream<Long> fromLinks = Stream.concat(item.references().stream(), item.referencedBy().stream())
                .map(LinkView::sourceParagraphId);
        Map<Long, ParagraphView> sources = documents.paragraphs(
                Stream.concat(fromHistory, fromLinks).filter(Objects::nonNull).distinct().toList());
        Map<Long, DocumentSummary> sourceDocuments = documents.summaries(
                sources.values().stream().map(ParagraphView::documentId).distinct().toList());
        model.addAttribute("view", item);
        model.addAttribute("permalink", Permalinks.of(item.item()));
        model.addAttribute("lineage", lineage.lineage(item));
        model.addAttribute("sources", sources);
        model.addAttribute("sourceDocuments", sourceDocuments);
        return "item";
    }
}
