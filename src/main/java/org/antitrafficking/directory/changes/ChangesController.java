package org.antitrafficking.directory.changes;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The latest changes of every record, as a page and as an Atom feed. */
@Controller
class ChangesController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ReadModel directory;

    private final AtomFeed feed;

    ChangesController(ReadModel directory, AtomFeed feed) {
        this.directory = directory;
        this.feed = feed;
    }

    @GetMapping("/changes")
    String list(Model model) {
        model.addAttribute("changes", directory.snapshot().histories().recent());
        return "changes/list";
    }

    @GetMapping("/changes.atom")
    ResponseEntity<String> atom() {
        DirectorySnapshot snapshot = directory.snapshot();
        return ResponseEntity.ok().contentType(ATOM).body(feed.write(snapshot));
    }

}
