package nl.sto.monitor.indicators;

import java.util.function.Function;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.sto.common.cache.LeastRecentlyUsed;
import nl.sto.monitor.indicators.IndicatorRepository.DataStamp;

/**
 * A region's figures cost several aggregate queries per indicator, and the portal asks for them at every view of a
 * report page, while they change only when an import changes the data or the region's partners change. So each
 * region's figures are kept with the stamp of the data they were computed from, and handed out again for as long as
 * one cheap query returns the same stamp. The stamp comes from the database, so a change made through any replica
 * counts in every replica at once, without telling them.
 */
@ApplicationScoped
public class RegionFiguresCache {

    private record Kept(DataStamp stamp, RegionFigures figures) {
    }

    private final LeastRecentlyUsed<String, Kept> kept;
    private final Function<String, Uni<DataStamp>> stamps;
    private final Function<String, Uni<RegionFigures>> computed;

    @Inject
    RegionFiguresCache(IndicatorRepository data, IndicatorService indicators, IndicatorSettings settings) {
        this(data::stamp, indicators::figures, settings.figuresKept());
    }

    RegionFiguresCache(Function<String, Uni<DataStamp>> stamps, Function<String, Uni<RegionFigures>> computed,
            int maximumSize) {
        this.kept = new LeastRecentlyUsed<>(maximumSize);
        this.stamps = stamps;
        this.computed = computed;
    }

    /**
     * The stamp is read before the figures are computed: figures that already saw a newer change than their stamp are
     * computed once more at the next request, never kept past a change.
     */
    @WithSession
    public Uni<RegionFigures> get(String region) {
        return stamps.apply(region).chain(stamp -> {
            Kept known = kept.get(region);
            if (known != null && known.stamp().equals(stamp)) {
                return Uni.createFrom().item(known.figures());
            }
            return computed.apply(region).invoke(figures -> kept.put(region, new Kept(stamp, figures)));
        });
    }
}
