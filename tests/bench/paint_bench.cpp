#include "paint_bench.hpp"

#include "body_art.hpp"
#include "body_diagram_layers.hpp"
#include "body_diagram_painter.hpp"
#include "body_diagram_state.hpp"
#include "core_bench.hpp"

#include <kinetic/content_loader.hpp>
#include <kinetic/exercise_search.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>
#include <kinetic/report/summary_export.hpp>
#include <kinetic/summary.hpp>

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTemporaryDir>

#include <stdexcept>
#include <utility>

namespace kinetic::bench {

namespace {

constexpr int planSize = 10;

std::vector<Figure> diagramFigures(const Content& content, const Assessment& assessment, const Repeat& repeat) {
    std::string error;
    const auto art = report::BodyArt::fromResources(error);
    if (!art) {
        throw std::runtime_error("the body art cannot be read: " + error);
    }
    report::BodyDiagramPainter painter(*art);
    painter.useRegions(content); // as the window does
    const auto areas = linkedAreas(content, assessment);
    report::DiagramState state = report::diagramState(assessment, areas, highlightedRegions(assessment, areas));
    const std::vector<std::string> order = painter.regionOrder();

    const QSize size(1920, 1080);
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    // The widget's target: its rectangle less a 4-pixel margin.
    const QRectF target = QRectF(frame.rect()).adjusted(4, 4, -4, -4);
    // As BodyDiagramWidget draws itself: from cached layers.
    report::BodyDiagramLayers layers(painter);
    const auto paintFrame = [&](const std::string& emphasis, const QRect& clip = {}) {
        QPainter p(&frame);
        if (!clip.isNull()) {
            p.setClipRect(clip); // as a paint event's region clips the widget's painter
        }
        layers.paint(p, size, 1.0, target, state, Qt::white, emphasis);
    };
    Figure full = timed("paint.diagram.layers", "body diagram layers repainted after a click, 1920x1080",
                        measure(
                            [&] {
                                layers.invalidate();
                                paintFrame({});
                            },
                            repeat));
    full.note = "the selected and linked regions over the cached base, and the arrows: after a click";
    Figure resize = timed("paint.diagram.resize", "body diagram redrawn whole after a resize, 1920x1080",
                          measure(
                              [&] {
                                  layers.invalidateAll();
                                  paintFrame({});
                              },
                              repeat));
    resize.note = "every layer, the base included: after a legend change or a content reload (a resize draws the "
                  "same once without making layers)";

    std::size_t next = 0;
    const auto hoverNext = [&] {
        const std::string before = std::exchange(state.hovered, order[next++ % order.size()]);
        return painter.markChangeBounds(target, state, before, state.focused).toAlignedRect().intersected(frame.rect());
    };
    Figure hover = timed("paint.diagram", "body diagram repaint after a hover change, 1920x1080",
                         measure(
                             [&] {
                                 const QRect changed = hoverNext();
                                 paintFrame(state.hovered, changed);
                             },
                             repeat));
    hover.note = "as BodyDiagramWidget repaints what a hover changes, from its cached layers: 3 regions selected, "
                 "every region hovered in turn";
    Figure wholeHover = timed("paint.diagram.whole", "body diagram whole frame after a hover change, 1920x1080",
                              measure(
                                  [&] {
                                      hoverNext();
                                      paintFrame(state.hovered);
                                  },
                                  repeat));
    wholeHover.note = "the same, every pixel repainted (as when the window is uncovered)";
    return {within(hover, 4e-3), wholeHover, full, resize};
}

/// The summary of the three-region selection with a ten-exercise plan, one warning sign
/// answered yes and a note: every section of the printout has something in it.
Summary fullSummary(const Content& content, Assessment assessment) {
    const RedFlagReport flags = checkRedFlags(content, assessment);
    for (const RedFlagStatus& status : flags.flags) {
        if (status.flag->urgency >= Urgency::Soon) {
            assessment.answers[status.flag->id] = Answer::Yes;
            break;
        }
    }
    const auto causes = rankCauses(content, assessment, checkRedFlags(content, assessment));
    for (const ExerciseMatch& match : findExercises(content, ExerciseFilter{}, causes)) {
        if (assessment.plan.size() == planSize) {
            break;
        }
        assessment.plan.push_back(PlanItem{match.exercise->id, std::nullopt});
    }
    if (const Exercise* first =
            assessment.plan.empty() ? nullptr : content.exercises.find(assessment.plan[0].exercise)) {
        Dosage changed = first->dosage; // one dosage the person changed
        changed.sets += 1;
        assessment.plan[0].dosage = changed;
    }
    assessment.note = "Worse after sitting for long; better when walking. Ask about the knee at the next visit.";
    return buildSummary(content, assessment);
}

Figure pdfFigure(const Content& content, const Assessment& assessment, const Repeat& repeat) {
    const Summary summary = fullSummary(content, assessment);
    if (summary.plan.size() != planSize) {
        throw std::runtime_error("the summary plan has " + std::to_string(summary.plan.size()) + " exercises, not 10");
    }
    QTemporaryDir folder;
    const std::filesystem::path out = folder.filePath(QStringLiteral("summary.pdf")).toStdString();
    std::string error;
    Figure figure = timed(
        "pdf.summary", "full summary with a 10-exercise plan to PDF (A4)",
        measure([&] { error = report::exportSummary(summary, report::SummaryFormat::Pdf, report::PageSize::A4, out); },
                repeat));
    if (!error.empty()) {
        throw std::runtime_error("the PDF could not be written: " + error);
    }
    figure.note = "report::exportSummary to a file, " + std::to_string(std::filesystem::file_size(out) / 1024) + " KiB";
    return within(figure, 250e-3);
}

} // namespace

std::vector<Figure> runPaintBench(const std::filesystem::path& data, const Repeat& repeat, bool diagram, bool pdf) {
    ContentLoadResult loaded = loadContent(data);
    if (!loaded.ok()) {
        throw std::runtime_error("the bundled content does not load:\n" + format(loaded.diagnostics));
    }
    const Content& content = *loaded.content;
    const Assessment assessment = threeRegionAssessment();
    std::vector<Figure> figures;
    if (diagram) {
        for (Figure& figure : diagramFigures(content, assessment, repeat)) {
            figures.push_back(std::move(figure));
        }
    }
    if (pdf) {
        // A PDF is long work: no batching.
        Repeat pdfRepeat = repeat;
        pdfRepeat.minSample = std::chrono::microseconds(0);
        figures.push_back(pdfFigure(content, assessment, pdfRepeat));
    }
    return figures;
}

} // namespace kinetic::bench
