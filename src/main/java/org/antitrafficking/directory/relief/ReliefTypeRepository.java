package org.antitrafficking.directory.relief;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ReliefTypeRepository extends Repository<ReliefType, Long> {

    List<ReliefType> findAllByOrderByPosition();

    Optional<ReliefType> findBySlug(String slug);

    long count();
}
