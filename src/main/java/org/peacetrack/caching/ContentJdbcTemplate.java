package org.peacetrack.caching;

import java.util.Collection;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A JdbcTemplate for capabilities that write readers' content in plain JDBC (the indicators' values, targets and
 * totals): every update and batch update says so to the publication generation once it has run, so the
 * transaction raises it before it commits and after (ADR 0062); without a transaction, at once after the write. Queries are the template's own. Bookkeeping that readers never see
 * (sessions, locks, the search journal, sign-in counts, import jobs' progress) uses a plain JdbcTemplate.
 */
final class ContentJdbcTemplate extends JdbcTemplate {

    private final PublicationGeneration generation;

    /** The same data source and settings as {@code template}. */
    ContentJdbcTemplate(JdbcTemplate template, PublicationGeneration generation) {
        super(template.getDataSource());
        setFetchSize(template.getFetchSize());
        setMaxRows(template.getMaxRows());
        setQueryTimeout(template.getQueryTimeout());
        setIgnoreWarnings(template.isIgnoreWarnings());
        setSkipResultsProcessing(template.isSkipResultsProcessing());
        setSkipUndeclaredResults(template.isSkipUndeclaredResults());
        setResultsMapCaseInsensitive(template.isResultsMapCaseInsensitive());
        this.generation = generation;
    }

    @Override
    public int update(String sql) throws DataAccessException {
        int written = super.update(sql);
        generation.changedInThisTransaction();
        return written;
    }

    @Override
    protected int update(PreparedStatementCreator psc, PreparedStatementSetter pss) throws DataAccessException {
        int written = super.update(psc, pss);
        generation.changedInThisTransaction();
        return written;
    }

    @Override
    public int update(PreparedStatementCreator psc, KeyHolder generatedKeyHolder) throws DataAccessException {
        int written = super.update(psc, generatedKeyHolder);
        generation.changedInThisTransaction();
        return written;
    }

    @Override
    public int[] batchUpdate(String... sql) throws DataAccessException {
        int[] written = super.batchUpdate(sql);
        generation.changedInThisTransaction();
        return written;
    }

    @Override
    public int[] batchUpdate(PreparedStatementCreator psc, BatchPreparedStatementSetter pss, KeyHolder generatedKeyHolder)
            throws DataAccessException {
        int[] written = super.batchUpdate(psc, pss, generatedKeyHolder);
        generation.changedInThisTransaction();
        return written;
    }

    @Override
    public int[] batchUpdate(String sql, BatchPreparedStatementSetter pss) throws DataAccessException {
        int[] written = super.batchUpdate(sql, pss);
        generation.changedInThisTransaction();
        return written;
    }

    @Override
    public int[] batchUpdate(String sql, List<? extends Object[]> batchArgs, int[] argTypes) throws DataAccessException {
        int[] written = super.batchUpdate(sql, batchArgs, argTypes);
        generation.changedInThisTransaction();
        return written;
    }

    @Override
    public <T> int[][] batchUpdate(String sql, Collection<T> batchArgs, int batchSize,
            ParameterizedPreparedStatementSetter<T> pss) throws DataAccessException {
        int[][] written = super.batchUpdate(sql, batchArgs, batchSize, pss);
        generation.changedInThisTransaction();
        return written;
    }
}
