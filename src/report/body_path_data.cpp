#include "body_path_data.hpp"

#include <QList>
#include <QPointF>

#include <array>
#include <charconv>
#include <cstddef>
#include <optional>
#include <system_error>
#include <vector>

namespace kinetic::report {

namespace {

/// A token of path data: a command letter, or a number.
struct Token {
    QChar command;
    double number = 0.0;
};

bool isSeparator(QChar c) {
    return c.isSpace() || c == u',';
}

bool isNumberChar(QChar c) {
    return c.isDigit() || c == u'.' || c == u'-' || c == u'+' || c == u'e' || c == u'E';
}

/// A number of path data, whose characters `isNumberChar` has checked. std::from_chars rather
/// than QString::toDouble, which costs a hundred times more: the art has about 10,000 numbers,
/// and reading them was a sixth of the program's start-up.
std::optional<double> parseNumber(QStringView text) {
    if (text.startsWith(u'+')) {
        text = text.sliced(1); // from_chars takes no plus sign
    }
    std::array<char, 64> ascii{};
    if (text.isEmpty() || text.size() > static_cast<qsizetype>(ascii.size())) {
        return std::nullopt;
    }
    for (qsizetype k = 0; k < text.size(); ++k) {
        ascii[static_cast<std::size_t>(k)] = static_cast<char>(text[k].toLatin1());
    }
    const char* end = ascii.data() + text.size();
    double value = 0.0;
    const auto [stop, problem] = std::from_chars(ascii.data(), end, value);
    if (problem != std::errc() || stop != end) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::vector<Token>> tokenize(const QString& data, std::string& error) {
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < data.size()) {
        const QChar c = data.at(i);
        if (isSeparator(c)) {
            ++i;
        } else if (c.isLetter() && c != u'e' && c != u'E') {
            tokens.push_back(Token{c, 0.0});
            ++i;
        } else if (isNumberChar(c)) {
            qsizetype end = i + 1;
            // A sign starts a new number unless it follows an exponent.
            while (end < data.size() && isNumberChar(data.at(end)) &&
                   !((data.at(end) == u'-' || data.at(end) == u'+') && data.at(end - 1) != u'e' &&
                     data.at(end - 1) != u'E')) {
                ++end;
            }
            const auto value = parseNumber(QStringView(data).sliced(i, end - i));
            if (!value) {
                error = "not a number: \"" + data.mid(i, end - i).toStdString() + "\"";
                return std::nullopt;
            }
            tokens.push_back(Token{QChar(), *value});
            i = end;
        } else {
            error = "unexpected character '" + QString(c).toStdString() + "' in path data";
            return std::nullopt;
        }
    }
    return tokens;
}

/// How many numbers one group of a command takes; 0 for a command we do not accept.
int arity(QChar command) {
    switch (command.unicode()) {
    case u'M':
    case u'L':
        return 2;
    case u'Q':
        return 4;
    case u'C':
        return 6;
    default:
        return 0;
    }
}

void apply(QPainterPath& path, QChar command, const std::vector<double>& n) {
    switch (command.unicode()) {
    case u'M':
        path.moveTo(n[0], n[1]);
        break;
    case u'L':
        path.lineTo(n[0], n[1]);
        break;
    case u'Q':
        path.quadTo(n[0], n[1], n[2], n[3]);
        break;
    default:
        path.cubicTo(n[0], n[1], n[2], n[3], n[4], n[5]);
        break;
    }
}

/// Applies one command to as many groups of numbers as follow it, as SVG allows; further
/// groups after `M` are lines. `i` moves past the numbers used.
bool applyGroups(QPainterPath& path, QChar command, const std::vector<Token>& tokens, std::size_t& i,
                 std::string& error) {
    const int count = arity(command);
    if (count == 0) {
        error = "path command '" + QString(command).toStdString() + "' is not allowed (only absolute M, L, C, Q and Z)";
        return false;
    }
    if (path.elementCount() == 0 && command != u'M') {
        error = "path data must begin with M";
        return false;
    }
    do {
        std::vector<double> numbers;
        for (int k = 0; k < count; ++k, ++i) {
            if (i >= tokens.size() || !tokens[i].command.isNull()) {
                error =
                    "path command '" + QString(command).toStdString() + "' needs " + std::to_string(count) + " numbers";
                return false;
            }
            numbers.push_back(tokens[i].number);
        }
        apply(path, command, numbers);
        command = command == u'M' ? QChar(u'L') : command;
    } while (i < tokens.size() && tokens[i].command.isNull());
    return true;
}

} // namespace

std::optional<QPainterPath> parsePathData(const QString& data, std::string& error) {
    const auto tokens = tokenize(data, error);
    if (!tokens) {
        return std::nullopt;
    }
    QPainterPath path;
    std::size_t i = 0;
    while (i < tokens->size()) {
        const QChar command = (*tokens)[i++].command;
        if (command.isNull()) {
            error = "path data must start each segment with a command letter";
            return std::nullopt;
        }
        if (command == u'Z') {
            path.closeSubpath();
        } else if (!applyGroups(path, command, *tokens, i, error)) {
            return std::nullopt;
        }
    }
    return path;
}

} // namespace kinetic::report
