#include "cli_options.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace kinetic::cli {

namespace {

const char* const commandHelp = R"(Commands:
  validate [DIR]            Check content files; print every problem (exit 2 if any)
  regions                   List the body regions
  links REGION              Areas linked to a region, both ways, with the why
  causes REGION[:INTENSITY]...
                            Likely causes for painful regions (intensity 0-10)
  exercises                 Exercises, filtered with --region, --condition, --kind,
                            --difficulty, --equipment, --search
  red-flags [REGION...]     Warning-sign questions for regions (all without regions)
  summary REGION[:INTENSITY]...
                            The self-care summary as text, json, html or pdf

Region ids are sided: knee_front_left, groin_hip_front_right; lower_back has no side.
Age bands: child, teen, adult, older. Qualities: ache, sharp, burning,
numbness_tingling, stiffness.

Exit codes: 0 ok, 1 usage, 2 content errors, 3 unknown id, 4 cannot write output.

This is general education, not a diagnosis.)";

struct Options {
    QCommandLineOption data{"data", "Content folder (default: the bundled content).", "DIR"};
    QCommandLineOption json{"json", "Machine-readable JSON output."};
    QCommandLineOption strict{"strict", "validate: count warnings as errors."};
    QCommandLineOption quality{"quality", "Pain quality of the given regions (repeatable).", "Q"};
    QCommandLineOption age{"age", "Age band: child, teen, adult or older.", "BAND"};
    QCommandLineOption injury{"injury", "There was a recent injury, fall or twist."};
    QCommandLineOption answer{"answer", "Answer to a red-flag question (repeatable).", "FLAG=yes|no"};
    QCommandLineOption plan{"plan", "summary: exercise for the plan (repeatable).", "EXERCISE"};
    QCommandLineOption format{"format", "summary: text, json, html or pdf.", "FORMAT", "text"};
    QCommandLineOption out{"out", "summary: write to FILE instead of standard output.", "FILE"};
    QCommandLineOption pageSize{"page-size", "summary: a4 or letter.", "SIZE", "a4"};
    QCommandLineOption note{"note", "summary: a note to print with it.", "TEXT"};
    QCommandLineOption region{"region", "exercises: only for this region.", "REGION"};
    QCommandLineOption condition{"condition", "exercises: only recommended for this condition.", "ID"};
    QCommandLineOption kind{"kind", "exercises: stretch, strengthen, mobility, motor_control, aerobic.", "KIND"};
    QCommandLineOption difficulty{"difficulty", "exercises: easy, moderate or hard.", "LEVEL"};
    QCommandLineOption equipment{"equipment", "exercises: needing only this equipment (or none).", "ITEM"};
    QCommandLineOption search{"search", "exercises: words to look for.", "TEXT"};
    QCommandLineOption logLevel{"log-level", "Logging: trace, debug, info, warn, error, off.", "LEVEL", "warn"};
};

std::vector<std::string> strings(const QStringList& list) {
    std::vector<std::string> result;
    for (const QString& item : list) {
        result.push_back(item.toStdString());
    }
    return result;
}

} // namespace

CliOptions parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kinetic Chain Explorer on the command line: how back, hip and knee pain are linked.\n\n%1")
            .arg(QString::fromUtf8(commandHelp)));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options o;
    parser.addOptions({o.data, o.json, o.strict, o.quality, o.age, o.injury, o.answer, o.plan, o.format, o.out,
                       o.pageSize, o.note, o.region, o.condition, o.kind, o.difficulty, o.equipment, o.search,
                       o.logLevel});
    parser.addPositionalArgument("command", "validate, regions, links, causes, exercises, red-flags or summary.");
    parser.addPositionalArgument("arguments", "Arguments of the command.", "[ARGUMENTS...]");
    if (!parser.parse(app.arguments())) {
        throw UsageError(parser.errorText().toStdString());
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(Ok);
    }
    if (parser.isSet(version)) {
        std::printf("kinetic %s\n", qPrintable(QCoreApplication::applicationVersion()));
        std::exit(Ok);
    }
    CliOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        throw UsageError("no command given");
    }
    options.command = positional.front().toStdString();
    options.arguments = strings(positional.mid(1));
    if (parser.isSet(o.data)) {
        options.dataDir = std::filesystem::path(parser.value(o.data).toStdString());
    }
    options.json = parser.isSet(o.json);
    options.strict = parser.isSet(o.strict);
    options.qualities = strings(parser.values(o.quality));
    options.age = parser.value(o.age).toStdString();
    options.injury = parser.isSet(o.injury);
    options.answers = strings(parser.values(o.answer));
    options.plan = strings(parser.values(o.plan));
    options.format = parser.value(o.format).toStdString();
    options.out = parser.value(o.out).toStdString();
    options.pageSize = parser.value(o.pageSize).toLower().toStdString();
    options.note = parser.value(o.note).toStdString();
    options.region = parser.value(o.region).toStdString();
    options.condition = parser.value(o.condition).toStdString();
    options.kind = parser.value(o.kind).toStdString();
    options.difficulty = parser.value(o.difficulty).toStdString();
    options.equipment = parser.value(o.equipment).toStdString();
    options.search = parser.value(o.search).toStdString();
    options.logLevel = parser.value(o.logLevel).toStdString();
    return options;
}

} // namespace kinetic::cli
