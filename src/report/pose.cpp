#include "pose.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <sstream>

namespace kinetic::report {

namespace {

using nlohmann::json;
using Errors = std::vector<std::string>;

// In the order of the enums.
constexpr std::array<std::string_view, kJointCount> kJointNames = {
    "head", "neck",         "shoulder",  "elbow",     "wrist",   "hip",      "knee",      "ankle",
    "toe",  "far_shoulder", "far_elbow", "far_wrist", "far_hip", "far_knee", "far_ankle", "far_toe",
};
static_assert(kJointNames.size() == static_cast<std::size_t>(Joint::FarToe) + 1);

constexpr std::array<std::string_view, 12> kPropKindNames = {
    "mat", "cushion", "towel", "chair", "wall", "step", "bench", "support", "bike", "water", "band", "strap",
};
static_assert(kPropKindNames.size() == static_cast<std::size_t>(PropKind::Strap) + 1);

constexpr int kSchemaVersion = 1;

/// Where a problem is, for messages: the JSON pointer and the words a content author reads.
struct Context {
    std::string pointer;
    std::string label;

    /// The context of a member; an empty `childLabel` keeps the words (the message names it).
    Context child(std::string_view key, std::string_view childLabel = {}) const {
        return {pointer + "/" + std::string(key), childLabel.empty() ? label : label + ", " + std::string(childLabel)};
    }
};

std::string formatNumber(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

void addError(Errors& errors, const Context& where, const std::string& message) {
    errors.push_back((where.pointer.empty() ? "" : where.pointer + ": ") + where.label + ": " + message);
}

bool insideBox(double x, double y) {
    return x >= 0.0 && x <= kPoseBoxWidth && y >= 0.0 && y <= kPoseBoxHeight;
}

/// Reports every key of `object` not in `allowed` (a typo must not pass silently).
void rejectUnknownKeys(const json& object, std::initializer_list<std::string_view> allowed, const Context& where,
                       Errors& errors) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            addError(errors, where, "unknown field '" + key + "'");
        }
    }
}

std::optional<double> readNumber(const json& object, std::string_view key, const Context& where, Errors& errors) {
    const auto it = object.find(key);
    if (it == object.end()) {
        addError(errors, where, "field '" + std::string(key) + "' is missing");
        return std::nullopt;
    }
    if (!it->is_number() || !std::isfinite(it->get<double>())) {
        addError(errors, where, "field '" + std::string(key) + "' must be a number");
        return std::nullopt;
    }
    return it->get<double>();
}

/// Reads `[x, y]` and checks it lies inside the pose box; `what` names it in messages.
std::optional<PosePoint> readPoint(const json& value, std::string_view what, const Context& where, Errors& errors) {
    const bool wellFormed = value.is_array() && value.size() == 2 && value[0].is_number() && value[1].is_number();
    if (!wellFormed) {
        addError(errors, where, std::string(what) + " must be a point [x, y]");
        return std::nullopt;
    }
    const PosePoint point{value[0].get<double>(), value[1].get<double>()};
    if (!std::isfinite(point.x) || !std::isfinite(point.y) || !insideBox(point.x, point.y)) {
        addError(errors, where,
                 std::string(what) + " at (" + formatNumber(point.x) + ", " + formatNumber(point.y) +
                     ") lies outside the 200 x 120 box");
        return std::nullopt;
    }
    return point;
}

std::optional<PoseFigure> readFigure(const json& value, const Context& where, Errors& errors) {
    if (!value.is_object()) {
        addError(errors, where, "a pose must be an object of joints");
        return std::nullopt;
    }
    const std::size_t errorsBefore = errors.size();
    PoseFigure figure;
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const std::string name(kJointNames[i]);
        const auto it = value.find(name);
        if (it == value.end()) {
            addError(errors, where, "joint '" + name + "' is missing");
        } else if (const auto point = readPoint(*it, "joint '" + name + "'", where.child(name), errors)) {
            figure.joints[i] = *point;
        }
    }
    if (const auto it = value.find("spine"); it != value.end()) {
        figure.spine = readPoint(*it, "joint 'spine'", where.child("spine"), errors);
    }
    for (const auto& [key, joint] : value.items()) {
        if (key != "spine" && !jointFromName(key)) {
            addError(errors, where, "unknown joint '" + key + "'");
        }
    }
    if (errors.size() != errorsBefore) {
        return std::nullopt;
    }
    return figure;
}

std::optional<PropAnchor> readAnchor(const json& object, std::string_view key, const Context& where, Errors& errors) {
    const auto it = object.find(key);
    if (it == object.end()) {
        addError(errors, where, "field '" + std::string(key) + "' is missing");
        return std::nullopt;
    }
    if (it->is_string()) {
        if (const auto joint = jointFromName(it->get<std::string>())) {
            return *joint;
        }
        addError(errors, where, "'" + std::string(key) + "' names an unknown joint '" + it->get<std::string>() + "'");
        return std::nullopt;
    }
    return readPoint(*it, "'" + std::string(key) + "'", where, errors);
}

bool readLineProp(const json& value, Prop& prop, const Context& where, Errors& errors) {
    rejectUnknownKeys(value, {"kind", "from", "to"}, where, errors);
    const auto from = readAnchor(value, "from", where, errors);
    const auto to = readAnchor(value, "to", where, errors);
    if (!from || !to) {
        return false;
    }
    prop.from = *from;
    prop.to = *to;
    return true;
}

bool readBoxProp(const json& value, Prop& prop, const Context& where, Errors& errors) {
    rejectUnknownKeys(value, {"kind", "x", "y", "w", "h"}, where, errors);
    const auto x = readNumber(value, "x", where, errors);
    const auto y = readNumber(value, "y", where, errors);
    const auto w = readNumber(value, "w", where, errors);
    const auto h = readNumber(value, "h", where, errors);
    if (!x || !y || !w || !h) {
        return false;
    }
    if (*w <= 0.0 || *h <= 0.0 || !insideBox(*x, *y) || !insideBox(*x + *w, *y + *h)) {
        addError(errors, where, "the box {x, y, w, h} must have a positive size and lie inside the 200 x 120 box");
        return false;
    }
    prop.x = *x;
    prop.y = *y;
    prop.w = *w;
    prop.h = *h;
    return true;
}

std::optional<Prop> readProp(const json& value, const Context& where, Errors& errors) {
    if (!value.is_object() || !value.contains("kind") || !value["kind"].is_string()) {
        addError(errors, where, "a prop must be an object with a 'kind'");
        return std::nullopt;
    }
    const auto kindName = value["kind"].get<std::string>();
    const auto kind = propKindFromName(kindName);
    if (!kind) {
        addError(errors, where, "unknown prop kind '" + kindName + "'");
        return std::nullopt;
    }
    Prop prop;
    prop.kind = *kind;
    const Context propWhere{where.pointer, where.label + " (" + kindName + ")"};
    const bool ok =
        isLineProp(*kind) ? readLineProp(value, prop, propWhere, errors) : readBoxProp(value, prop, propWhere, errors);
    return ok ? std::optional<Prop>(prop) : std::nullopt;
}

std::vector<Prop> readProps(const json& value, const Context& where, Errors& errors) {
    std::vector<Prop> props;
    if (!value.is_array()) {
        addError(errors, where, "'props' must be an array");
        return props;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto index = std::to_string(i);
        if (auto prop = readProp(value[i], where.child(index, "prop " + index), errors)) {
            props.push_back(*prop);
        }
    }
    return props;
}

std::optional<MotionArrow> readArrow(const json& value, const Context& where, Errors& errors) {
    if (!value.is_array() || value.size() < 2 || value.size() > 3) {
        addError(errors, where, "'arrow' must be 2 points (straight) or 3 points (curved through the middle one)");
        return std::nullopt;
    }
    MotionArrow arrow;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto point = readPoint(value[i], "arrow point " + std::to_string(i), where, errors);
        if (!point) {
            return std::nullopt;
        }
        arrow.points.push_back(*point);
    }
    return arrow;
}

std::optional<View> readView(const json& object, const Context& where, Errors& errors) {
    const auto it = object.find("view");
    if (it != object.end() && *it == "side") {
        return View::Side;
    }
    if (it != object.end() && *it == "front") {
        return View::Front;
    }
    addError(errors, where, "'view' must be \"side\" or \"front\"");
    return std::nullopt;
}

std::optional<ExerciseIllustration> readIllustration(const std::string& id, const json& value, const Context& where,
                                                     Errors& errors) {
    if (!value.is_object()) {
        addError(errors, where, "must be an object");
        return std::nullopt;
    }
    rejectUnknownKeys(value, {"view", "props", "start", "end", "arrow"}, where, errors);
    const std::size_t errorsBefore = errors.size();
    ExerciseIllustration illustration;
    illustration.exerciseId = id;
    const auto view = readView(value, where, errors);
    if (const auto it = value.find("props"); it != value.end()) {
        illustration.props = readProps(*it, where.child("props"), errors);
    }
    const auto readPhase = [&](const std::string& key, const std::string& label, PoseFigure& target) {
        const auto it = value.find(key);
        if (it == value.end()) {
            addError(errors, where, "the " + label + " '" + key + "' is missing");
        } else if (const auto figure = readFigure(*it, where.child(key, label), errors)) {
            target = *figure;
        }
    };
    readPhase("start", "start pose", illustration.start);
    readPhase("end", "end pose", illustration.end);
    if (const auto it = value.find("arrow"); it != value.end()) {
        illustration.arrow = readArrow(*it, where.child("arrow"), errors);
    }
    if (!view || errors.size() != errorsBefore) {
        return std::nullopt;
    }
    illustration.view = *view;
    return illustration;
}

bool isExerciseId(std::string_view id) {
    const auto valid = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; };
    return !id.empty() && id.front() >= 'a' && id.front() <= 'z' && std::all_of(id.begin(), id.end(), valid);
}

using IllustrationMap = std::map<std::string, ExerciseIllustration, std::less<>>;

IllustrationMap readLibrary(const json& root, Errors& errors) {
    IllustrationMap illustrations;
    const Context where{"", "poses.json"};
    if (!root.is_object()) {
        addError(errors, where, "the top level must be an object");
        return illustrations;
    }
    rejectUnknownKeys(root, {"schema_version", "poses"}, where, errors);
    if (root.value("schema_version", json()) != kSchemaVersion) {
        addError(errors, where.child("schema_version"), "'schema_version' must be " + std::to_string(kSchemaVersion));
    }
    const auto poses = root.find("poses");
    if (poses == root.end() || !poses->is_object()) {
        addError(errors, where, "'poses' must be an object keyed by exercise id");
        return illustrations;
    }
    for (const auto& [id, value] : poses->items()) {
        const Context exercise{"/poses/" + id, "exercise '" + id + "'"};
        if (!isExerciseId(id)) {
            addError(errors, exercise, "an exercise id must be lower_snake_case ASCII");
        } else if (auto illustration = readIllustration(id, value, exercise, errors)) {
            illustrations.emplace(id, std::move(*illustration));
        }
    }
    return illustrations;
}

std::string joinLines(const Errors& errors) {
    std::string text;
    for (const auto& line : errors) {
        text += text.empty() ? line : "\n" + line;
    }
    return text;
}

} // namespace

std::string_view jointName(Joint joint) {
    return kJointNames[static_cast<std::size_t>(joint)];
}

std::optional<Joint> jointFromName(std::string_view name) {
    const auto it = std::find(kJointNames.begin(), kJointNames.end(), name);
    if (it == kJointNames.end()) {
        return std::nullopt;
    }
    return static_cast<Joint>(it - kJointNames.begin());
}

std::string_view propKindName(PropKind kind) {
    return kPropKindNames[static_cast<std::size_t>(kind)];
}

std::optional<PropKind> propKindFromName(std::string_view name) {
    const auto it = std::find(kPropKindNames.begin(), kPropKindNames.end(), name);
    if (it == kPropKindNames.end()) {
        return std::nullopt;
    }
    return static_cast<PropKind>(it - kPropKindNames.begin());
}

bool isLineProp(PropKind kind) {
    return kind == PropKind::Band || kind == PropKind::Strap;
}

std::optional<PoseLibrary> PoseLibrary::fromJson(std::string_view text, std::string& error) {
    Errors errors;
    PoseLibrary library;
    try {
        library.m_illustrations = readLibrary(json::parse(text.begin(), text.end()), errors);
    } catch (const json::exception& e) {
        errors.push_back(std::string("poses.json is not valid JSON: ") + e.what());
    }
    if (!errors.empty()) {
        error = joinLines(errors);
        return std::nullopt;
    }
    error.clear();
    return library;
}

const ExerciseIllustration* PoseLibrary::find(std::string_view exerciseId) const {
    const auto it = m_illustrations.find(exerciseId);
    return it == m_illustrations.end() ? nullptr : &it->second;
}

std::vector<std::string> PoseLibrary::ids() const {
    std::vector<std::string> result;
    result.reserve(m_illustrations.size());
    for (const auto& [id, illustration] : m_illustrations) {
        result.push_back(id);
    }
    return result;
}

} // namespace kinetic::report
