// kinetic-bench: how close the program is to its performance budgets (issue 7). Prints the
// median of repeated runs of each figure beside its budget, as a table or with --json as JSON.
// It never fails on a missed budget: figures are for people to read, not timed tests.

#include "core_bench.hpp"
#include "figures.hpp"
#include "machine.hpp"
#include "paint_bench.hpp"
#include "startup_bench.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>
#include <exception>
#include <iostream>

namespace {

using namespace kinetic::bench;

struct Options {
    bool quick = false;
    bool json = false;
    Repeat repeat;
    int startupRuns = 7;
    std::filesystem::path data = KINETIC_DATA_DIR;
    std::filesystem::path explorer;
    std::filesystem::path baseline;
    QStringList only; ///< Groups to run; empty: all.

    bool runs(const char* group) const { return only.isEmpty() || only.contains(QLatin1String(group)); }
};

Options parseArguments(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures content load, one click's queries, the diagram repaint, "
                                                    "the PDF summary and start-up against their budgets."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A smoke run: few samples, synthetic content up to 10x only."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("Samples per figure (default 15)."),
                                     QStringLiteral("N"));
    const QCommandLineOption runs(QStringLiteral("startup-runs"),
                                  QStringLiteral("Start-ups of each program (default 7)."), QStringLiteral("N"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The bundled content folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption explorer(QStringLiteral("explorer"),
                                      QStringLiteral("The kinetic-explorer program (default: beside this one)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("The empty-window program (default: beside this one)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Run only these groups (comma-separated): load, queries, diagram, pdf, startup. For profiling."),
        QStringLiteral("GROUPS"));
    const QCommandLineOption cpuTime(QStringLiteral("cpu-time"),
                                     QStringLiteral("Time in-process work by CPU time, not the wall clock (for a busy "
                                                    "machine; start-up stays on the wall clock)."));
    parser.addOptions({quick, json, samples, runs, data, explorer, baseline, only, cpuTime});
    parser.process(app);

    Options options;
    options.quick = parser.isSet(quick);
    options.json = parser.isSet(json);
    if (options.quick) {
        options.repeat.samples = 3;
        options.repeat.minSample = std::chrono::microseconds(200);
        options.startupRuns = 1;
    }
    options.repeat.cpuTime = parser.isSet(cpuTime);
    if (parser.isSet(samples)) {
        options.repeat.samples = std::max(1, parser.value(samples).toInt());
    }
    if (parser.isSet(runs)) {
        options.startupRuns = std::max(1, parser.value(runs).toInt());
    }
    if (parser.isSet(data)) {
        options.data = parser.value(data).toStdString();
    }
    if (parser.isSet(only)) {
        options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    const QDir bin(QCoreApplication::applicationDirPath());
    options.explorer =
        (parser.isSet(explorer) ? parser.value(explorer) : bin.filePath(QStringLiteral("kinetic-explorer")))
            .toStdString();
    options.baseline =
        (parser.isSet(baseline) ? parser.value(baseline) : bin.filePath(QStringLiteral("kinetic-empty-window")))
            .toStdString();
    return options;
}

void append(std::vector<Figure>& all, std::vector<Figure> more) {
    all.insert(all.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

std::vector<Figure> runAll(const Options& options) {
    std::vector<Figure> figures;
    if (options.runs("load") || options.runs("queries")) {
        std::fputs("kinetic-bench: content load and queries...\n", stderr);
        CoreBenchOptions core{
            options.data, options.repeat, {1, 10, 100}, options.runs("load"), options.runs("queries")};
        if (options.quick) {
            core.scales = {1, 10};
        }
        append(figures, runCoreBench(core));
    }
    if (options.runs("diagram") || options.runs("pdf")) {
        std::fputs("kinetic-bench: diagram and PDF...\n", stderr);
        append(figures, runPaintBench(options.data, options.repeat, options.runs("diagram"), options.runs("pdf")));
    }
    if (options.runs("startup")) {
        std::fputs("kinetic-bench: start-up...\n", stderr);
        const std::filesystem::path runner =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kinetic-bench-run")).toStdString();
        append(figures, runStartupBench({options.explorer, options.baseline, runner, options.startupRuns}));
    }
    return figures;
}

} // namespace

int main(int argc, char* argv[]) {
    // Painting and PDF need a QGuiApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kinetic-bench"));
    const Options options = parseArguments(app);
    try {
        const std::vector<Figure> figures = runAll(options);
        const nlohmann::json machine = describeMachine();
        if (options.json) {
            const nlohmann::json out{{"benchmark", "kinetic-bench"},
                                     {"quick", options.quick},
                                     {"samples", options.repeat.samples},
                                     {"clock", options.repeat.cpuTime ? "cpu" : "wall"},
                                     {"machine", machine},
                                     {"figures", toJson(figures)}};
            std::cout << out.dump(2) << '\n';
        } else {
            std::cout << "kinetic-bench" << (options.quick ? " --quick (smoke run, not figures)" : "") << ": median of "
                      << options.repeat.samples << " samples, " << (options.repeat.cpuTime ? "CPU time" : "wall clock")
                      << "\n"
                      << machineLine(machine) << "\n\n"
                      << renderTable(figures);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "kinetic-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
