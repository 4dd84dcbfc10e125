package org.antitrafficking.directory.relief;

import java.util.Comparator;
import java.util.List;

import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordNotFoundException;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ReliefService {

    private final ReliefTypeRepository reliefTypes;

    ReliefService(ReliefTypeRepository reliefTypes) {
        this.reliefTypes = reliefTypes;
    }

    public List<ReliefCard> all() {
        return reliefTypes.findAllByOrderByPosition().stream().map(ReliefService::card).toList();
    }

    public ReliefPage page(String slug) {
        ReliefType reliefType = reliefTypes.findBySlug(slug)
            .orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.RELIEF_TYPE, slug));
        return new ReliefPage(card(reliefType), Provenance.of(reliefType));
    }

    private static ReliefCard card(ReliefType reliefType) {
        return new ReliefCard(reliefType.link(), reliefType.getShortName(), reliefType.getDescription(),
                reliefType.getDepartment().link(), reliefType.getEligibility().orElse(null),
                reliefType.getRequestedBy().orElse(null), reliefType.getProvides().orElse(null),
                reliefType.getHandlers().stream()
                    .sorted(Comparator.comparing(ReliefHandler::getRole))
                    .map(handler -> new ReliefCard.Handler(handler.getAgency().link(),
                            SlugEnumConverter.slugOf(handler.getRole())))
                    .toList());
    }
}
