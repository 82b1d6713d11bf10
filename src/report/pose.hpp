#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kinetic::report {

/// Every pose is drawn in a fixed box: x from 0 to 200 (right), y from 0 to 120 (down).
inline constexpr double kPoseBoxWidth = 200.0;
inline constexpr double kPoseBoxHeight = 120.0;
/// The floor line, shared by all poses: feet, knees or backs that touch the floor rest on it.
inline constexpr double kPoseFloorY = 110.0;

struct PosePoint {
    double x = 0.0;
    double y = 0.0;
};

/// The joints of a stick figure. Near-side limbs face the viewer; the far-side ones are drawn
/// lighter, behind the torso.
enum class Joint : std::uint8_t {
    Head, ///< centre of the head circle
    Neck,
    Shoulder,
    Elbow,
    Wrist,
    Hip,
    Knee,
    Ankle,
    Toe,
    FarShoulder,
    FarElbow,
    FarWrist,
    FarHip,
    FarKnee,
    FarAnkle,
    FarToe,
};
inline constexpr std::size_t kJointCount = 16;

/// The name used in poses.json ("head", "far_knee", ...).
std::string_view jointName(Joint joint);
std::optional<Joint> jointFromName(std::string_view name);

/// One figure: every joint, plus an optional mid-back point the torso curves through
/// (a rounded or arched back); without it the torso is straight.
struct PoseFigure {
    std::array<PosePoint, kJointCount> joints{};
    std::optional<PosePoint> spine;

    const PosePoint& at(Joint joint) const { return joints[static_cast<std::size_t>(joint)]; }
};

enum class View : std::uint8_t { Side, Front };
enum class Phase : std::uint8_t { Start, End };

enum class PropKind : std::uint8_t {
    Mat,
    Cushion,
    Towel,
    Chair,
    Wall,
    Step,
    Bench,
    Support,
    Bike,
    Water,
    Band,
    Strap,
};

std::string_view propKindName(PropKind kind);
std::optional<PropKind> propKindFromName(std::string_view name);
/// Bands and straps run between two anchors; every other prop fills a box.
bool isLineProp(PropKind kind);

/// A band or strap end: a joint of the figure being drawn (so it follows the pose) or a fixed point.
using PropAnchor = std::variant<Joint, PosePoint>;

/// Something the figure uses. Box props are drawn inside {x, y, w, h} (y down, in pose units);
/// line props run from `from` to `to`.
struct Prop {
    PropKind kind = PropKind::Mat;
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
    PropAnchor from = PosePoint{};
    PropAnchor to = PosePoint{};
};

/// The main motion: a straight arrow (two points) or a curved one passing through a middle point.
struct MotionArrow {
    std::vector<PosePoint> points;
};

/// The start and end pose of one exercise, with its props.
struct ExerciseIllustration {
    std::string exerciseId;
    View view = View::Side;
    std::vector<Prop> props;
    PoseFigure start;
    PoseFigure end;
    std::optional<MotionArrow> arrow;

    const PoseFigure& figure(Phase phase) const { return phase == Phase::Start ? start : end; }
};

/// All exercise illustrations, read from resources/exercises/poses.json
/// (format: resources/exercises/README.md).
class PoseLibrary {
public:
    /// Parses and validates the whole file. On failure returns nothing and sets `error` to one
    /// line per problem, each naming the exercise id, the joint or field and its JSON pointer.
    static std::optional<PoseLibrary> fromJson(std::string_view text, std::string& error);

    const ExerciseIllustration* find(std::string_view exerciseId) const;
    /// Exercise ids in alphabetical order.
    std::vector<std::string> ids() const;

private:
    std::map<std::string, ExerciseIllustration, std::less<>> m_illustrations;
};

} // namespace kinetic::report
