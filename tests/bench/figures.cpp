#include "figures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace kinetic::bench {

namespace {

/// `value` with `decimals` digits after the point, followed by `suffix`.
std::string fixed(double value, int decimals, std::string_view suffix = {}) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return std::string(buffer) + std::string(suffix);
}

std::string unitName(Unit unit) {
    switch (unit) {
    case Unit::Seconds:
        return "s";
    case Unit::Bytes:
        return "bytes";
    case Unit::Factor:
        break;
    }
    return "x";
}

std::string budgetText(const Figure& figure) {
    if (!figure.budget) {
        return "-";
    }
    const Budget& budget = *figure.budget;
    if (!budget.factor) {
        return "<= " + formatValue(budget.limit, figure.unit);
    }
    return "<= " + fixed(*budget.factor, 2, "x") + " " + budget.baselineLabel + " (" +
           formatValue(budget.limit, figure.unit) + ")";
}

std::string verdict(const Figure& figure) {
    if (figure.failed) {
        return "NOT MEASURED";
    }
    if (!figure.budget) {
        return "";
    }
    return figure.met() ? "ok" : "MISSED";
}

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) {
        text.append(width - text.size(), ' ');
    }
    return text;
}

} // namespace

std::optional<double> Figure::ratio() const {
    if (!budget || failed || budget->limit <= 0.0) {
        return std::nullopt;
    }
    return median / budget->limit;
}

bool Figure::met() const {
    const auto r = ratio();
    return r && *r <= 1.0;
}

Figure timed(std::string id, std::string label, const Samples& samples) {
    Figure figure;
    figure.id = std::move(id);
    figure.label = std::move(label);
    figure.unit = Unit::Seconds;
    figure.median = samples.median();
    figure.min = samples.min();
    figure.max = samples.max();
    figure.samples = static_cast<int>(samples.seconds.size());
    return figure;
}

Figure& within(Figure& figure, double limit) {
    figure.budget = Budget{limit, std::nullopt, {}, std::nullopt};
    return figure;
}

Figure& within(Figure& figure, double factor, const Figure& baseline, std::string name) {
    figure.budget = Budget{factor * baseline.median, factor, std::move(name), baseline.median};
    if (baseline.failed) {
        figure.failed = true;
    }
    return figure;
}

std::string formatValue(double value, Unit unit) {
    switch (unit) {
    case Unit::Seconds:
        if (value < 1e-3) {
            return fixed(value * 1e6, 1, " us");
        }
        if (value < 1.0) {
            return fixed(value * 1e3, 2, " ms");
        }
        return fixed(value, 2, " s");
    case Unit::Bytes:
        return fixed(value / (1024.0 * 1024.0), 1, " MiB");
    case Unit::Factor:
        break;
    }
    return fixed(value, 2, "x");
}

std::string renderTable(const std::vector<Figure>& figures) {
    struct Row {
        std::string label, median, budget, ratio, verdict;
    };
    std::vector<Row> rows{{"figure", "median", "budget", "ratio", ""}};
    for (const Figure& figure : figures) {
        const auto r = figure.ratio();
        rows.push_back({figure.label, figure.failed ? "-" : formatValue(figure.median, figure.unit), budgetText(figure),
                        r ? fixed(*r, 2) : "-", verdict(figure)});
    }
    std::size_t w[4] = {0, 0, 0, 0};
    for (const Row& row : rows) {
        w[0] = std::max(w[0], row.label.size());
        w[1] = std::max(w[1], row.median.size());
        w[2] = std::max(w[2], row.budget.size());
        w[3] = std::max(w[3], row.ratio.size());
    }
    std::ostringstream out;
    for (const Row& row : rows) {
        out << pad(row.label, w[0] + 2) << pad(row.median, w[1] + 2) << pad(row.budget, w[2] + 2)
            << pad(row.ratio, w[3] + 2) << row.verdict << '\n';
    }
    for (const Figure& figure : figures) {
        if (!figure.note.empty()) {
            out << "note (" << figure.id << "): " << figure.note << '\n';
        }
    }
    return out.str();
}

nlohmann::json toJson(const std::vector<Figure>& figures) {
    nlohmann::json list = nlohmann::json::array();
    for (const Figure& figure : figures) {
        nlohmann::json item{{"id", figure.id},
                            {"label", figure.label},
                            {"unit", unitName(figure.unit)},
                            {"measured", !figure.failed},
                            {"median", figure.failed ? nlohmann::json() : nlohmann::json(figure.median)},
                            {"min", figure.min},
                            {"max", figure.max},
                            {"samples", figure.samples}};
        if (figure.budget) {
            item["budget"] = figure.budget->limit;
            if (figure.budget->factor) {
                item["budget_factor"] = *figure.budget->factor;
                item["baseline"] = figure.budget->baselineLabel;
                item["baseline_median"] = figure.budget->baseline.value_or(0.0);
            }
            const auto r = figure.ratio();
            item["ratio"] = r ? nlohmann::json(*r) : nlohmann::json();
            item["met"] = figure.met();
        }
        if (!figure.note.empty()) {
            item["note"] = figure.note;
        }
        list.push_back(std::move(item));
    }
    return list;
}

} // namespace kinetic::bench
