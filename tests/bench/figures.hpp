#pragma once

#include "measure.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kinetic::bench {

enum class Unit { Seconds, Bytes, Factor };

/// What a figure is compared with: a fixed budget, or a multiple of a baseline figure.
struct Budget {
    double limit = 0.0;             ///< In the figure's unit; for a relative budget, `factor x baseline`.
    std::optional<double> factor;   ///< Set for a budget relative to a baseline.
    std::string baselineLabel;      ///< "bare nlohmann::json::parse of the same bytes"
    std::optional<double> baseline; ///< The baseline figure, in the figure's unit.
};

/// One line of the table: a median with its budget and the ratio between the two.
struct Figure {
    std::string id;    ///< Stable key for the JSON, e.g. `load.bundled`.
    std::string label; ///< What it measures, in words.
    Unit unit = Unit::Seconds;
    double median = 0.0;
    double min = 0.0;
    double max = 0.0;
    int samples = 0;
    std::optional<Budget> budget; ///< None: a figure shown for context only.
    std::string note;             ///< Why a figure is missing or what to keep in mind.
    bool failed = false;          ///< The measurement itself could not be made.

    /// Median over budget: 1.0 is exactly at the limit.
    std::optional<double> ratio() const;
    bool met() const;
};

/// A figure from timed samples.
Figure timed(std::string id, std::string label, const Samples& samples);
/// Adds a fixed budget (in the figure's unit).
Figure& within(Figure& figure, double limit);
/// Adds a budget of `factor` times another figure, called `name` in the table.
Figure& within(Figure& figure, double factor, const Figure& baseline, std::string name);

/// A value in its unit for people: "41.2 us", "3.18 ms", "52.4 MiB", "9.7x".
std::string formatValue(double value, Unit unit);

/// The figures as an aligned text table, with a verdict column.
std::string renderTable(const std::vector<Figure>& figures);

/// The same figures as JSON, with the machine description.
nlohmann::json toJson(const std::vector<Figure>& figures);

} // namespace kinetic::bench
