package org.antitrafficking.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PublicRoutes;
import org.antitrafficking.directory.support.UseTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the SQL statements each page, API call, export and site file runs, through a
 * proxy around the application's data source: at most 3 on a cold page cache, none when
 * asked again. (Today none at all: the read model answers everything.) Statements are
 * counted on the request's own thread, so the read model's watcher, on its own connection
 * and thread, is not counted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@UseTestDatabase
@Import(SqlStatementsPerRequestTest.CountStatements.class)
@Tag("slow")
class SqlStatementsPerRequestTest {

    static final int MAX_ON_A_COLD_CACHE = 3;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PageCache cache;

    @Autowired
    ReadModel readModel;

    @Autowired
    DataSource dataSource;

    @TestConfiguration(proxyBeanMethods = false)
    static class CountStatements {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return (bean instanceof DataSource source && !(bean instanceof ProxyDataSource))
                            ? ProxyDataSourceBuilder.create(source).name("counted").countQuery().build() : bean;
                }
            };
        }

    }

    @Test
    void shouldCountStatementsThroughTheProxy() {
        assertThat(dataSource).isInstanceOf(ProxyDataSource.class);
        QueryCountHolder.clear();
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("SELECT 1", Integer.class);
        assertThat(QueryCountHolder.getGrandTotal().getTotal()).as("the proxy counts this thread's statements")
            .isEqualTo(1);
    }

    @Test
    void shouldRunAtMostThreeStatementsColdAndNoneWhenRepeated() {
        Map<String, Long> cold = new LinkedHashMap<>();
        Map<String, Long> repeated = new LinkedHashMap<>();
        for (String uri : PublicRoutes.of(readModel.snapshot())) {
            cache.clear();
            cold.put(uri, statements(uri));
            repeated.put(uri, statements(uri));
        }
        assertThat(cold).hasSizeGreaterThan(100);
        assertThat(cold).allSatisfy((uri, count) -> assertThat(count).as("statements for %s on a cold cache", uri)
            .isLessThanOrEqualTo(MAX_ON_A_COLD_CACHE));
        assertThat(repeated)
            .allSatisfy((uri, count) -> assertThat(count).as("statements for %s asked again", uri).isZero());
    }

    private long statements(String uri) {
        QueryCountHolder.clear();
        int status = mvc.get().uri(uri).exchange().getResponse().getStatus();
        assertThat(status).as("status of %s", uri).isEqualTo(200);
        return QueryCountHolder.getGrandTotal().getTotal();
    }

}
