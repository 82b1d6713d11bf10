#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

class QCoreApplication;

namespace kinetic::cli {

/// Exit codes of `kinetic`, as documented in its man page and --help.
enum ExitCode : int {
    Ok = 0,
    Usage = 1,
    ContentErrors = 2,
    UnknownId = 3,
    OutputError = 4,
};

/// A command line that cannot be run as written: exit 1 with the message.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// An id that names nothing: exit 3 with the message and a "did you mean".
struct UnknownIdError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Everything the command line says, before any of it is checked against content.
struct CliOptions {
    std::string command;
    std::vector<std::string> arguments;
    std::optional<std::filesystem::path> dataDir;
    bool json = false;
    bool strict = false;
    std::vector<std::string> qualities;
    std::string age;
    bool injury = false;
    std::vector<std::string> answers; ///< FLAG=yes|no
    std::vector<std::string> plan;
    std::string format = "text";
    std::string out;
    std::string pageSize = "a4";
    std::string note;
    std::string region;
    std::string condition;
    std::string kind;
    std::string difficulty;
    std::string equipment;
    std::string search;
    std::string logLevel = "warn";
};

/// Parses the arguments of `app` (QCommandLineParser); handles --help and --version itself.
CliOptions parseOptions(const QCoreApplication& app);

} // namespace kinetic::cli
