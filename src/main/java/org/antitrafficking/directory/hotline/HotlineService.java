package org.antitrafficking.directory.hotline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.InvalidRequestException;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;
import org.antitrafficking.directory.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional(readOnly = true)
public class HotlineService {

    private final HotlineRepository hotlines;

    HotlineService(HotlineRepository hotlines) {
        this.hotlines = hotlines;
    }

    /** Every line, in the directory's order: the emergency line first. */
    public List<HotlineCard> all() {
        return hotlines.findAllByOrderByPosition().stream().map(HotlineService::card).toList();
    }

    /**
     * The lines for one purpose, such as {@code report-tip}; every line if {@code purpose} is blank.
     * An unknown purpose is refused.
     */
    public List<HotlineCard> forPurpose(String purpose) {
        if (!StringUtils.hasText(purpose)) {
            return all();
        }
        Hotline.Purpose wanted = SlugEnumConverter.fromSlug(Hotline.Purpose.class, purpose.strip())
            .orElseThrow(() -> new InvalidRequestException("hotlines.invalid.purpose", purpose));
        return hotlines.findAllByOrderByPosition().stream()
            .filter(hotline -> hotline.getPurposes().contains(wanted))
            .map(HotlineService::card)
            .toList();
    }

    /** The purposes a visitor can pick from, in order, as slugs. */
    public List<String> purposes() {
        return Arrays.stream(Hotline.Purpose.values()).map(SlugEnumConverter::slugOf).toList();
    }

    /** The cards of the given lines, in the given order. */
    public List<HotlineCard> cards(List<RecordLink> lines) {
        return lines.stream()
            .map(line -> hotlines.findBySlug(line.slug()).map(HotlineService::card))
            .flatMap(Optional::stream)
            .toList();
    }

    /** The line for immediate danger. */
    public Optional<HotlineCard> emergency() {
        return hotlines.findAllByOrderByPosition().stream()
            .filter(hotline -> hotline.getPurposes().contains(Hotline.Purpose.EMERGENCY))
            .findFirst()
            .map(HotlineService::card);
    }

    /** The lines the home page shows first. */
    public List<HotlineCard> featured() {
        return hotlines.findAllByOrderByPosition().stream().filter(Hotline::isFeatured).map(HotlineService::card).toList();
    }

    public HotlinePage page(String slug) {
        Hotline hotline = hotlines.findBySlug(slug)
            .orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.HOTLINE, slug));
        return new HotlinePage(card(hotline), Provenance.of(hotline));
    }

    private static HotlineCard card(Hotline hotline) {
        return new HotlineCard(hotline.link(), hotline.getDescription(),
                hotline.getPurposes().stream().sorted().map(SlugEnumConverter::slugOf).toList(),
                hotline.getOperator().map(CitedRecord::link).orElse(null),
                hotline.getOperatorRole().map(SlugEnumConverter::slugOf).orElse(null),
                hotline.getAudience().orElse(null), hotline.getHours().orElse(null),
                hotline.getLanguages().orElse(null), hotline.isLawEnforcement(),
                hotline.getAnonymousTips().orElse(null), hotline.getConfidential().orElse(null),
                hotline.getWebsite().orElse(null),
                hotline.getChannels().stream().map(HotlineService::channel).toList());
    }

    private static HotlineCard.Channel channel(HotlineChannel channel) {
        String href = switch (channel.getKind()) {
            case VOICE, TTY -> "tel:" + channel.getDial().orElseThrow();
            case TEXT -> "sms:" + channel.getDial().orElseThrow();
            case CHAT, ONLINE_FORM -> channel.getUrl().orElseThrow();
        };
        return new HotlineCard.Channel(SlugEnumConverter.slugOf(channel.getKind()), channel.getDisplayValue(),
                href, channel.getInstructions().orElse(null), channel.getSource().getSlug(),
                channel.getSource().getTitle());
    }
}
