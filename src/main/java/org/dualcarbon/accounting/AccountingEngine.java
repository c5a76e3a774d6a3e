package org.dualcarbon.accounting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorKey;
import org.dualcarbon.factors.FactorLookup;
import org.dualcarbon.factors.FactorParameter;

/**
 * Accounts emissions for one input under one factor plan (GB/T 32150-2015 and the GB/T 32151 parts):
 * <pre>
 * combustion   E = FC × NCV × CC × OF × 44/12          (AD = FC × NCV, GJ)
 * process      E = AD × EF × F                          (carbonate, t)
 * carbon       E = ±Q × C × 44/12                       (measured carbon content; − for carbon in products)
 * recovery     E = −R                                   (t CO2)
 * electricity  E = AD × EF_grid, market: (AD − green) × EF_residual
 * heat         E = AD × EF_heat
 * exported     the same with a minus sign
 * other gases  E = m × GWP
 * energy       tce = AD × coefficient (GB/T 2589), for fuels, electricity and heat, minus for exported energy
 * </pre>
 * Products are exact; the one division (44/12) is carried out with {@link #PRECISION} (34 digits), far below a
 * tonne's 4th decimal. Any bad line stops the run with an {@link AccountingInputException}: no partial result.
 */
public final class AccountingEngine {

    public static final MathContext PRECISION = MathContext.DECIMAL128;
    static final BigDecimal CO2_PER_C_NUMERATOR = BigDecimal.valueOf(44);
    static final BigDecimal CO2_PER_C_DENOMINATOR = BigDecimal.valueOf(12);
    /** The factor library subject for electricity excluding market-traded non-fossil power (residual mix). */
    static final String GRID = "GRID";
    static final String GRID_RESIDUAL = "GRID_RESIDUAL";
    /** 《2023、2024年度全国碳排放权交易发电行业配额总量和分配方案》: purchased electricity leaves the ETS scope (domain.md §3.1). */
    static final int ETS_ELECTRICITY_OUT_OF_SCOPE_FROM = 2023;

    private AccountingEngine() {
    }

    public static AccountingResult account(AccountingInput input, FactorPlan plan) {
        Set<String> ids = new HashSet<>();
        List<ResultLine> lines = new ArrayList<>();
        for (ActivityLine line : input.lines()) {
            if (line.id() == null || line.id().isBlank() || !ids.add(line.id())) {
                throw new AccountingInputException(String.valueOf(line.id()), "id", "行号缺失或重复 / missing or duplicate line id");
            }
            input.sector().check(line);
            lines.add(withStandardCoal(line, new LineAccountant(input, plan).account(line), input.year(), plan));
        }
        return new AccountingResult(input, lines);
    }

    /**
     * Adds the line's energy in tce from the same activity data: fuels by their consumed quantity, electricity and
     * heat by MWh and GJ. The coefficient's unit must be per the unit the quantity is in.
     */
    private static ResultLine withStandardCoal(ActivityLine line, ResultLine result, int year, FactorPlan plan) {
        String subject;
        BigDecimal quantity;
        String unit;
        int sign = 1;
        if (line instanceof ActivityLine.FuelCombustion l) {
            subject = l.fuel();
            quantity = l.consumed().value();
            unit = l.consumed().unit().symbol();
        } else if (line instanceof ActivityLine.PurchasedElectricity || line instanceof ActivityLine.ExportedElectricity) {
            subject = "ELECTRICITY";
            quantity = result.activityData();
            unit = result.activityUnit();
            sign = line instanceof ActivityLine.ExportedElectricity ? -1 : 1;
        } else if (line instanceof ActivityLine.PurchasedHeat || line instanceof ActivityLine.ExportedHeat) {
            subject = "HEAT";
            quantity = result.activityData();
            unit = result.activityUnit();
            sign = line instanceof ActivityLine.ExportedHeat ? -1 : 1;
        } else {
            return result;
        }
        var coefficient = FactorPlan.first(plan.standardCoal(), FactorKey.national(FactorParameter.TCE, subject, year));
        if (coefficient.isEmpty()) {
            return result;
        }
        if (!coefficient.get().unit().equals("tce/" + unit)) {
            throw new AccountingInputException(line.id(), "unit", "折标系数 " + coefficient.get().name() + " 的单位为 "
                    + coefficient.get().unit() + "，与数量单位 " + unit + " 不符 / unit mismatch with the standard-coal row");
        }
        BigDecimal tce = quantity.multiply(coefficient.get().value());
        return result.withEnergy(coefficient.get(), sign > 0 ? tce : tce.negate());
    }

    /** Accounts one line; keeps the factors it used for the lineage. */
    private record LineAccountant(AccountingInput input, FactorPlan plan) {

        ResultLine account(ActivityLine line) {
            if (line instanceof ActivityLine.FuelCombustion l) {
                return combustion(l);
            } else if (line instanceof ActivityLine.CarbonateProcess l) {
                return process(l);
            } else if (line instanceof ActivityLine.CarbonMassBalance l) {
                return carbon(l);
            } else if (line instanceof ActivityLine.Co2Recovered l) {
                return recovery(l);
            } else if (line instanceof ActivityLine.PurchasedElectricity l) {
                return electricity(l.id(), l.energy(), l.greenCertified(), 1);
            } else if (line instanceof ActivityLine.ExportedElectricity l) {
                return electricity(l.id(), l.energy(), null, -1);
            } else if (line instanceof ActivityLine.PurchasedHeat l) {
                return heat(l.id(), l.heat(), 1);
            } else if (line instanceof ActivityLine.ExportedHeat l) {
                return heat(l.id(), l.heat(), -1);
            }
            ActivityLine.OtherGas gas = (ActivityLine.OtherGas) line;
            return otherGas(gas);
        }

        private ResultLine combustion(ActivityLine.FuelCombustion l) {
            MeasureUnit unit = l.consumed() == null ? null : l.consumed().unit();
            if (unit != MeasureUnit.T && unit != MeasureUnit.TEN_THOUSAND_NM3) {
                throw new AccountingInputException(l.id(), "consumed", "燃料消耗量须以 t 或 10^4 Nm3 计 / fuel must be in t or 10^4 Nm3");
            }
            BigDecimal fc = positive(l.id(), "consumed", l.consumed().value());
            List<Factor> used = new ArrayList<>();
            BigDecimal ncv = measuredOr(l.id(), l.measuredNcv(), FactorParameter.NCV, l.fuel(), used);
            Factor ncvRow = used.isEmpty() ? null : used.get(used.size() - 1);
            if (ncvRow != null) {
                String expected = unit == MeasureUnit.T ? "GJ/t" : "GJ/10^4 Nm3";
                if (!ncvRow.unit().equals(expected)) {
                    throw new AccountingInputException(l.id(), "consumed", "燃料 " + l.fuel() + " 的低位发热量单位为 " + ncvRow.unit()
                            + "，与消耗量单位 " + unit.symbol() + " 不符 / unit mismatch with the NCV row " + ncvRow.name());
                }
            }
            String carbonSubject = input.standard().carbonSubject(l.fuel());
            BigDecimal cc = measuredOr(l.id(), l.measuredCc(), FactorParameter.CC, carbonSubject, used);
            BigDecimal of = measuredOr(l.id(), l.measuredOf(), FactorParameter.OF, carbonSubject, used);
            BigDecimal activity = fc.multiply(ncv);
            BigDecimal emission = activity.multiply(cc).multiply(of).multiply(CO2_PER_C_NUMERATOR)
                    .divide(CO2_PER_C_DENOMINATOR, PRECISION);
            Map<String, String> in = inputs("fuel", l.fuel(), "FC", fc.toPlainString() + " " + unit.symbol(),
                    "NCV", ncv.toPlainString(), "CC", cc.toPlainString(), "OF", of.toPlainString());
            if (input.standard().etsPower() && !carbonSubject.equals(l.fuel()) && l.measuredNcv() == null) {
                in.put("note", "发电设施指南要求燃煤低位发热量实测；此处为缺省值 / the ETS guideline requires measured coal NCV: a default is used");
            }
            return new ResultLine(l.id(), EmissionCategory.COMBUSTION, "CO2", "E = FC × NCV × CC × OF × 44/12",
                    in, used, activity, "GJ", emission, null);
        }

        private ResultLine process(ActivityLine.CarbonateProcess l) {
            BigDecimal ad = positive(l.id(), "consumed", l.consumed() == null ? null
                    : l.consumed().in(MeasureUnit.T, l.id(), "consumed"));
            BigDecimal fraction = l.calcinationFraction() == null ? BigDecimal.ONE : l.calcinationFraction();
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new AccountingInputException(l.id(), "calcinationFraction", "煅烧比例应在0–1之间 / must be between 0 and 1");
            }
            Factor ef = require(l.id(), plan.processAndHeat(), FactorKey.national(FactorParameter.EF_PROCESS, l.carbonate(), input.year()));
            BigDecimal emission = ad.multiply(ef.value()).multiply(fraction);
            return new ResultLine(l.id(), EmissionCategory.PROCESS, "CO2", "E = AD × EF × F",
                    inputs("carbonate", l.carbonate(), "AD", ad.toPlainString() + " t", "F", fraction.toPlainString()),
                    List.of(ef), ad, "t", emission, null);
        }

        private ResultLine carbon(ActivityLine.CarbonMassBalance l) {
            BigDecimal q = positive(l.id(), "quantity", l.quantity() == null ? null
                    : l.quantity().in(MeasureUnit.T, l.id(), "quantity"));
            BigDecimal c = l.carbonFraction();
            if (c == null || c.signum() <= 0 || c.compareTo(BigDecimal.ONE) > 0) {
                throw new AccountingInputException(l.id(), "carbonFraction", "须填实测含碳量（质量分数，0–1） / the measured "
                        + "carbon content is required as a mass fraction above 0 and at most 1");
            }
            BigDecimal emission = q.multiply(c).multiply(CO2_PER_C_NUMERATOR).divide(CO2_PER_C_DENOMINATOR, PRECISION);
            return new ResultLine(l.id(), EmissionCategory.PROCESS, "CO2", l.output() ? "E = −Q × C × 44/12" : "E = Q × C × 44/12",
                    inputs("material", l.material(), "Q", q.toPlainString() + " t", "C", c.toPlainString(),
                            "direction", l.output() ? "output" : "input"),
                    List.of(), q, "t", l.output() ? emission.negate() : emission, null);
        }

        private ResultLine recovery(ActivityLine.Co2Recovered l) {
            BigDecimal recovered = positive(l.id(), "recovered", l.recovered() == null ? null
                    : l.recovered().in(MeasureUnit.T, l.id(), "recovered"));
            return new ResultLine(l.id(), EmissionCategory.RECOVERY, "CO2", "E = −R",
                    inputs("R", recovered.toPlainString() + " t"), List.of(), recovered, "t", recovered.negate(), null);
        }

        private ResultLine electricity(String id, Quantity energy, Quantity green, int sign) {
            BigDecimal mwh = positive(id, "energy", energy == null ? null : energy.in(MeasureUnit.MWH, id, "energy"));
            if (input.standard().etsPower()) {
                return etsElectricity(id, mwh, sign);
            }
            Factor grid = require(id, plan.electricity(),
                    new FactorKey(FactorParameter.EF_ELECTRICITY, GRID, input.provinceCode(), input.year()));
            BigDecimal location = mwh.multiply(grid.value());
            List<Factor> used = new ArrayList<>(List.of(grid));
            BigDecimal market = null;
            Map<String, String> in = inputs("AD", mwh.toPlainString() + " MWh");
            if (sign > 0) {
                BigDecimal greenMwh = green == null ? BigDecimal.ZERO : green.in(MeasureUnit.MWH, id, "greenCertified");
                if (greenMwh.signum() < 0 || greenMwh.compareTo(mwh) > 0) {
                    throw new AccountingInputException(id, "greenCertified", "绿电电量应在0与购入电量之间 / must be between 0 and the purchased MWh");
                }
                var residual = FactorPlan.first(plan.electricity(),
                        FactorKey.national(FactorParameter.EF_ELECTRICITY, GRID_RESIDUAL, input.year()));
                if (residual.isPresent()) {
                    used.add(residual.get());
                    market = mwh.subtract(greenMwh).multiply(residual.get().value());
                } else if (greenMwh.signum() > 0) {
                    throw new AccountingInputException(id, "greenCertified", "该年度没有剩余组合电力因子，无法按市场口径扣减绿电 / "
                            + "no residual-mix factor for " + input.year() + ": green power cannot be netted");
                } else {
                    in.put("market-based", "该年度无剩余组合因子，市场口径同位置口径 / no residual-mix factor for the year: same as location-based");
                }
                in.put("AD_green", greenMwh.toPlainString() + " MWh");
            }
            return new ResultLine(id, sign > 0 ? EmissionCategory.PURCHASED_ELECTRICITY : EmissionCategory.EXPORTED_ELECTRICITY,
                    "CO2", sign > 0 ? "E = AD × EF_grid; market-based E = (AD − AD_green) × EF_residual" : "E = −AD × EF_grid",
                    in, used, mwh, "MWh", sign > 0 ? location : location.negate(), market);
        }

        /**
         * ETS power reports: the national ETS grid factor of the reporting year; from 2023 purchased electricity is
         * outside the market's scope, so the line carries no emission (and says why). No market-based figure.
         */
        private ResultLine etsElectricity(String id, BigDecimal mwh, int sign) {
            EmissionCategory category = sign > 0 ? EmissionCategory.PURCHASED_ELECTRICITY : EmissionCategory.EXPORTED_ELECTRICITY;
            var grid = FactorPlan.first(plan.electricity(), FactorKey.national(FactorParameter.EF_ELECTRICITY,
                    input.standard().gridSubject(), input.year()));
            if (grid.isEmpty() && input.year() >= ETS_ELECTRICITY_OUT_OF_SCOPE_FROM) {
                return new ResultLine(id, category, "CO2", "E = 0", inputs("AD", mwh.toPlainString() + " MWh", "note",
                        "2023年起购入电力间接排放不再纳入全国碳市场管理范围 / outside the ETS scope from 2023"),
                        List.of(), mwh, "MWh", BigDecimal.ZERO, null);
            }
            Factor factor = grid.orElseThrow(() -> new AccountingInputException(id, "EF_ELECTRICITY",
                    "因子库中没有 " + input.year() + " 年的全国碳市场电网排放因子 / no ETS grid factor for the year"));
            BigDecimal emission = mwh.multiply(factor.value());
            return new ResultLine(id, category, "CO2", sign > 0 ? "E = AD × EF_grid(ETS)" : "E = −AD × EF_grid(ETS)",
                    inputs("AD", mwh.toPlainString() + " MWh"), List.of(factor), mwh, "MWh",
                    sign > 0 ? emission : emission.negate(), null);
        }

        private ResultLine heat(String id, Quantity heat, int sign) {
            BigDecimal gj = positive(id, "heat", heat == null ? null : heat.in(MeasureUnit.GJ, id, "heat"));
            Factor ef = require(id, plan.processAndHeat(), FactorKey.national(FactorParameter.EF_HEAT, "HEAT", input.year()));
            BigDecimal emission = gj.multiply(ef.value());
            return new ResultLine(id, sign > 0 ? EmissionCategory.PURCHASED_HEAT : EmissionCategory.EXPORTED_HEAT, "CO2",
                    sign > 0 ? "E = AD × EF_heat" : "E = −AD × EF_heat", inputs("AD", gj.toPlainString() + " GJ"), List.of(ef),
                    gj, "GJ", sign > 0 ? emission : emission.negate(), null);
        }

        private ResultLine otherGas(ActivityLine.OtherGas l) {
            if (input.standard().etsPower()) {
                throw new AccountingInputException(l.id(), "gas", "全国碳市场发电设施只核算二氧化碳 / ETS power reports are CO2 only");
            }
            BigDecimal mass = positive(l.id(), "emitted", l.emitted() == null ? null : l.emitted().in(MeasureUnit.T, l.id(), "emitted"));
            Factor gwp = require(l.id(), plan.gwp(), FactorKey.national(FactorParameter.GWP,
                    l.gas() + "@" + input.gwpSet().name(), input.year()));
            return new ResultLine(l.id(), EmissionCategory.NON_CO2, l.gas(), "E = m × GWP(" + input.gwpSet() + ")",
                    inputs("gas", l.gas(), "m", mass.toPlainString() + " t"), List.of(gwp), mass, "t", mass.multiply(gwp.value()), null);
        }

        private BigDecimal measuredOr(String id, BigDecimal measured, FactorParameter parameter, String fuel, List<Factor> used) {
            if (measured != null) {
                if (measured.signum() <= 0) {
                    throw new AccountingInputException(id, parameter.name(), "实测值须大于0 / a measured value must be positive");
                }
                return measured;
            }
            Factor row = require(id, plan.fuels(), FactorKey.national(parameter, fuel, input.year()));
            used.add(row);
            return row.value();
        }

        private static Factor require(String id, List<FactorLookup> lookups, FactorKey key) {
            return FactorPlan.first(lookups, key).orElseThrow(() -> new AccountingInputException(id, key.parameter().name(),
                    "因子库中没有 " + key.subject() + " 的 " + key.parameter() + "（" + key.region() + "，" + key.year()
                            + "年） / no factor " + key.parameter() + " for " + key.subject() + " in the chosen libraries"));
        }

        private static BigDecimal positive(String id, String field, BigDecimal value) {
            if (value == null) {
                throw new AccountingInputException(id, field, "缺少数量 / the quantity is missing");
            }
            if (value.signum() < 0) {
                throw new AccountingInputException(id, field, "数量不能为负 / the quantity may not be negative: " + value.toPlainString());
            }
            return value;
        }

        private static Map<String, String> inputs(String... pairs) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], pairs[i + 1]);
            }
            return map;
        }
    }
}
