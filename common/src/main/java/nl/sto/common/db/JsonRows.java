package nl.sto.common.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes many rows set-based, in the caller's transaction: each statement gets up to {@value #CHUNK} rows as one JSON
 * array, which it reads with {@code json_to_recordset(CAST(CAST(:rows AS text) AS json)) AS r(...)}. Every row
 * carries its place in the chunk as {@code ord}, for an {@code ORDER BY r.ord}; chunks run one after the other, so
 * the order holds overall. Chunks keep the memory a change of tens of thousands of rows needs small. The rows go in
 * as text: a parameter typed json would get the Java string as one JSON string, not an array.
 */
@ApplicationScoped
public class JsonRows {

    static final int CHUNK = 1000;

    private final ObjectMapper json;

    public JsonRows(ObjectMapper json) {
        this.json = json;
    }

    /** How many rows the statements reported; {@code parameters} are the statement's other named parameters. */
    public <T> Uni<Integer> insert(String sql, List<T> items, Function<T, Map<String, Object>> toRow,
            Map<String, Object> parameters) {
        int chunks = (items.size() + CHUNK - 1) / CHUNK;
        return Multi.createFrom().range(0, chunks)
                .onItem().transformToUniAndConcatenate(chunk -> execute(sql,
                        rows(items.subList(chunk * CHUNK, Math.min(items.size(), (chunk + 1) * CHUNK)), toRow),
                        parameters))
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    /**
     * What a statement with {@code RETURNING} gave back, one value per row it wrote, over all chunks in their order;
     * {@code type} is the returned column's Java type.
     */
    public <T, R> Uni<List<R>> returning(String sql, List<T> items, Function<T, Map<String, Object>> toRow,
            Map<String, Object> parameters, Class<R> type) {
        int chunks = (items.size() + CHUNK - 1) / CHUNK;
        return Multi.createFrom().range(0, chunks)
                .onItem().transformToUniAndConcatenate(chunk -> select(sql,
                        rows(items.subList(chunk * CHUNK, Math.min(items.size(), (chunk + 1) * CHUNK)), toRow),
                        parameters, type))
                .onItem().<R>disjoint()
                .collect().asList();
    }

    private <T> String rows(List<T> items, Function<T, Map<String, Object>> toRow) {
        Object[] rows = new Object[items.size()];
        for (int i = 0; i < rows.length; i++) {
            Map<String, Object> row = new LinkedHashMap<>(toRow.apply(items.get(i)));
            row.put("ord", i);
            rows[i] = row;
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Rows cannot be written as JSON", e);
        }
    }

    private Uni<Integer> execute(String sql, String rows, Map<String, Object> parameters) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql).setParameter("rows", rows);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    private <R> Uni<List<R>> select(String sql, String rows, Map<String, Object> parameters, Class<R> type) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql, type).setParameter("rows", rows);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }
}
