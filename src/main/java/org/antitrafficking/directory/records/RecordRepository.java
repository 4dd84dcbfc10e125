package org.antitrafficking.directory.records;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * What every kind of record's repository finds: by id, and by the slug of its address.
 * Saving a record whose version is older than the database's throws an
 * {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
@NoRepositoryBean
public interface RecordRepository<R extends DirectoryRecord> extends JpaRepository<R, Long> {

    Optional<R> findBySlug(String slug);

}
