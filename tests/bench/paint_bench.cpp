#include "paint_bench.hpp"

#include "body_art.hpp"
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

namespace kinetic::bench {

namespace {

constexpr int planSize = 10;

/// The widget's two cached layers (body; arrows), as `BodyDiagramWidget::ensureCache` makes them.
struct Layers {
    QPixmap body;
    QPixmap arrows;
};

Layers paintLayers(const report::BodyDiagramPainter& painter, QSize size, const QRectF& target,
                   const report::DiagramState& state) {
    Layers layers{QPixmap(size), QPixmap(size)};
    layers.body.fill(Qt::white);
    QPainter body(&layers.body);
    painter.paintBody(body, target, state);
    body.end();
    layers.arrows.fill(Qt::transparent);
    QPainter arrows(&layers.arrows);
    painter.paintArrows(arrows, target, state);
    arrows.end();
    return layers;
}

/// What `BodyDiagramWidget::paintEvent` does once its layers are cached: the body layer, the
/// pointer's marks, and the arrows (those of the hovered region standing out).
void paintFrame(QImage& frame, const report::BodyDiagramPainter& painter, const Layers& layers, const QRectF& target,
                const report::DiagramState& state) {
    QPainter p(&frame);
    p.drawPixmap(0, 0, layers.body);
    painter.paintMarks(p, target, state);
    if (!state.hovered.empty() && painter.hasArrowsAt(state, state.hovered)) {
        p.setOpacity(0.22);
        p.drawPixmap(0, 0, layers.arrows);
        p.setOpacity(1.0);
        painter.paintArrows(p, target, state, state.hovered);
    } else {
        p.drawPixmap(0, 0, layers.arrows);
    }
}

std::vector<Figure> diagramFigures(const Content& content, const Assessment& assessment, const Repeat& repeat) {
    std::string error;
    const auto art = report::BodyArt::fromResources(error);
    if (!art) {
        throw std::runtime_error("the body art cannot be read: " + error);
    }
    report::BodyDiagramPainter painter(*art);
    painter.useRegions(content); // as the window does
    const auto areas = linkedAreas(content, assessment);
    report::DiagramState state =
        report::diagramState(content, assessment, areas, highlightedRegions(content, assessment, areas));
    const std::vector<std::string> order = painter.regionOrder();

    const QSize size(1920, 1080);
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    // The widget's target: its rectangle less a 4-pixel margin.
    const QRectF target = QRectF(frame.rect()).adjusted(4, 4, -4, -4);
    Figure full =
        timed("paint.diagram.layers", "body diagram layers repainted after a click, 1920x1080",
              measure([&] { keep(static_cast<std::size_t>(paintLayers(painter, size, target, state).body.width())); },
                      repeat));
    full.note = "cached body and arrow layers rebuilt (paintBody + paintArrows): after a click or a resize";

    const Layers layers = paintLayers(painter, size, target, state);
    std::size_t next = 0;
    Figure hover = timed("paint.diagram", "body diagram repaint after a hover change, 1920x1080",
                         measure(
                             [&] {
                                 state.hovered = order[next++ % order.size()];
                                 paintFrame(frame, painter, layers, target, state);
                             },
                             repeat));
    hover.note = "as BodyDiagramWidget::paintEvent with its layers cached: 3 regions selected, every region hovered "
                 "in turn";
    return {within(hover, 4e-3), full};
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
