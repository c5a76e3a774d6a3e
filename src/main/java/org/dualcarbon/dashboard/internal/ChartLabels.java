package org.dualcarbon.dashboard.internal;

import java.util.List;
import java.util.Locale;
import org.dualcarbon.activity.EnergyShare;
import org.dualcarbon.activity.MonthlyEnergy;
import org.dualcarbon.common.web.ChartJson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the charts of the home pages, with category names in the reader's language. */
@Component
class ChartLabels {

    private final ChartJson charts;
    private final MessageSource messages;

    ChartLabels(ChartJson charts, MessageSource messages) {
        this.charts = charts;
        this.messages = messages;
    }

    String monthlyLine(List<MonthlyEnergy> months, String seriesName) {
        return charts.write(new ChartJson.Chart("line", months.stream().map(MonthlyEnergy::label).toList(),
                List.of(new ChartJson.Series(seriesName, months.stream().map(MonthlyEnergy::tce).toList())), "tce"));
    }

    String sharesPie(List<EnergyShare> shares, String messagePrefix) {
        return charts.write(new ChartJson.Chart("pie", shares.stream().map(s -> label(messagePrefix, s)).toList(),
                List.of(new ChartJson.Series("tce", shares.stream().map(EnergyShare::tce).toList())), "tce"));
    }

    String sharesBar(List<EnergyShare> shares, String messagePrefix, String seriesName) {
        return charts.write(new ChartJson.Chart("bar", shares.stream().map(s -> label(messagePrefix, s)).toList(),
                List.of(new ChartJson.Series(seriesName, shares.stream().map(EnergyShare::tce).toList())), "tce"));
    }

    String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private String label(String prefix, EnergyShare share) {
        if (prefix == null) {
            return share.label();
        }
        return messages.getMessage(prefix + share.key(), null, share.label(), locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
