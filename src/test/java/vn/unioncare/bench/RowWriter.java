package vn.unioncare.bench;

/** Rows into one table, written in bulk the way the database takes them fastest ({@link BenchDialect#writer}). */
interface RowWriter extends AutoCloseable {

    void row(Object... values);

    @Override
    void close();
}
