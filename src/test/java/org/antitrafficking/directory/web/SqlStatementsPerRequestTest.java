package org.antitrafficking.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordLink;
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
        for (String uri : everyKindOfRequest()) {
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

    /**
     * Every page of the site and every API operation, for every record, plus filters,
     * searches and files.
     */
    private List<String> everyKindOfRequest() {
        DirectorySnapshot snapshot = readModel.snapshot();
        List<String> uris = new ArrayList<>(List.of("/", "/hotlines", "/hotlines?purpose=report-tip", "/departments",
                "/agencies", "/programs", "/programs?function=prosecution&department=dhs", "/programs?q=training",
                "/programs?page=2", "/task-forces", "/immigration-relief", "/sources", "/search?q=visa",
                "/search?q=custums", "/safety", "/open-data", "/sitemap.xml", "/robots.txt", "/api/v1/departments",
                "/api/v1/agencies", "/api/v1/programs", "/api/v1/programs?function=protection", "/api/v1/task-forces",
                "/api/v1/hotlines", "/api/v1/immigration-relief", "/api/v1/sources", "/api/v1/search?q=hsi",
                "/export/directory.zip", "/export/open-referral.zip", "/export/programs.csv",
                "/export/hotline-channels.csv", "/hsds/", "/hsds/services", "/hsds/services?search=tip",
                "/hsds/organizations", "/hsds/taxonomies", "/hsds/taxonomy_terms", "/v3/api-docs/hsds"));
        for (RecordLink record : snapshot.allRecords()) {
            uris.add(record.href());
            uris.add(record.apiHref());
        }
        return uris.stream().distinct().toList();
    }

}
