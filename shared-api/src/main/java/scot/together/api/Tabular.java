package scot.together.api;

import java.util.List;

/** An answer that can also be downloaded as a table (CSV), with headings in plain words. */
public interface Tabular {
    List<String> headings();

    List<List<Object>> rows();
}
