package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.seed.Printable;
import org.parley.seed.DatasetException;
import org.parley.store.SearchHit;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over events, quotes and the articles, best matches first.%n"
                + "Any text is safe to type; words are matched whole, the last one as a prefix.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "Most results to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for.")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DatasetException {
        Limits.atLeast(spec, "--limit", limit, 1);
        String text = String.join(" ", words);
        ParleyStore.searchProblem(text).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), problem + ".");
        });
        try (Workspace ws = db.openSeeded()) {
            List<SearchHit> hits = ws.store().search(text, limit);
            var out = spec.commandLine().getOut();
            if (hits.isEmpty()) {
                out.println("no match for \"" + Printable.brief(text) + "\"");
                return 0;
            }
            int n = 1;
            for (SearchHit h : hits) {
                String where = switch (h.kind()) {
                    case EVENT -> "event " + h.eventId();
                    case QUOTE -> "quote " + h.quoteId() + " (" + h.sourceId() + ", event " + h.eventId() + ")";
                    case PASSAGE -> "article " + h.sourceId()
                            + h.span().map(s -> " @" + s.start() + "–" + s.end()).orElse("");
                };
                out.printf("%2d. %s — %s%n    %s%n", n++, Printable.brief(h.label()), where,
                        Printable.oneLine(h.snippet().replace('\n', ' ')));
            }
            if (hits.size() >= limit) {
                int matches = ws.store().searchCount(text);
                if (matches > hits.size()) {
                    out.println("(the best " + hits.size() + " of " + matches + " matches; --limit shows more)");
                }
            }
        }
        return 0;
    }
}
