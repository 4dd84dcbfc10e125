package org.antitrafficking.directory.hotline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface HotlineRepository extends Repository<Hotline, Long> {

    List<Hotline> findAllByOrderByPosition();

    Optional<Hotline> findBySlug(String slug);

    long count();
}
