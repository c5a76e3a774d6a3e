package org.dualcarbon.documents.internal;

import java.util.Locale;
import java.util.Map;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Chinese names the documents print for codes: sectors, factor-row statuses and report events from the
 * platform's message bundle, activity items from the catalog, emission categories here.
 */
@Component
class Labels {

    private static final Map<String, String> CATEGORIES = Map.of(
            "COMBUSTION", "化石燃料燃烧", "PROCESS", "工业生产过程", "RECOVERY", "二氧化碳回收利用",
            "NON_CO2", "非二氧化碳温室气体", "PURCHASED_ELECTRICITY", "净购入电力", "EXPORTED_ELECTRICITY", "输出电力",
            "PURCHASED_HEAT", "购入热力", "EXPORTED_HEAT", "输出热力");

    private final MessageSource messages;
    private final ActivityItemCatalog items;

    Labels(MessageSource messages, ActivityItemCatalog items) {
        this.messages = messages;
        this.items = items;
    }

    String sector(String code) {
        return message("sector." + code, code);
    }

    String factorStatus(String status) {
        return status == null ? "未标注" : message("factors.rowStatus." + status, status);
    }

    String event(String event) {
        return message("report.event." + event, event);
    }

    String category(String category) {
        return CATEGORIES.getOrDefault(category, category);
    }

    /** An activity item's (or accounting line's) Chinese name, or its code when the catalog has none. */
    String item(String code) {
        return items.find(code).map(i -> i.nameZh()).orElse(code);
    }

    private String message(String key, String fallback) {
        return fallback == null ? key : messages.getMessage(key, null, fallback, Locale.SIMPLIFIED_CHINESE);
    }
}
