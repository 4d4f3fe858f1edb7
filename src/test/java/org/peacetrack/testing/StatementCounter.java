package org.peacetrack.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application prepares, whatever prepares them (Hibernate, JdbcTemplate, Flyway):
 * the data source is wrapped so that every connection it hands out counts its prepareStatement, prepareCall and
 * createStatement calls. It counts the connections handed out too (each transaction takes one). Register it as a
 * bean of a test configuration; it counts for the whole context.
 */
public final class StatementCounter implements BeanPostProcessor {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    public void reset() {
        statements.clear();
        connections.set(0);
    }

    /** Connections taken from the data source since the last reset. */
    public int connections() {
        return connections.get();
    }

    public int count() {
        return statements.size();
    }

    /** The statements' SQL since the last reset, for a failing assertion to show. */
    public List<String> sql() {
        return List.copyOf(statements);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource source) {
            return proxy(DataSource.class, source, (target, method, args) -> {
                Object result = invoke(target, method, args);
                if (result instanceof Connection c) {
                    connections.incrementAndGet();
                    return proxy(Connection.class, c, this::connectionCall);
                }
                return result;
            });
        }
        return bean;
    }

    private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
            statements.add(args == null || args.length == 0 ? "(statement)" : String.valueOf(args[0]));
        }
        return invoke(target, method, args);
    }

    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> call.on(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
