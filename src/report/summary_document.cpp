#include "page_flow.hpp"
#include "summary_art.hpp"
#include "summary_diagram.hpp"
#include "summary_text_document.hpp"
#include "summary_words.hpp"

#include <kinetic/report/summary_document.hpp>

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace kinetic::report {

namespace {

double millimetres(double mm, double dpi) {
    return mm / 25.4 * dpi;
}

/// The space above a block: more before a new section than between its items.
double spaceBefore(const SummaryBlock& block, double dpi) {
    switch (block.kind) {
    case SummaryBlock::Kind::Heading:
    case SummaryBlock::Kind::Diagram:
        return millimetres(6.0, dpi);
    case SummaryBlock::Kind::Exercise:
    case SummaryBlock::Kind::RedFlag:
    case SummaryBlock::Kind::PainRule:
        return millimetres(3.5, dpi);
    case SummaryBlock::Kind::Source:
        return millimetres(0.8, dpi);
    default:
        return millimetres(2.2, dpi);
    }
}

/// The largest height <= `room`, from `from`, that ends between lines of `document`.
double cutBetweenLines(QTextDocument& document, double from, double room) {
    const QAbstractTextDocumentLayout* layout = document.documentLayout();
    std::vector<std::pair<double, double>> lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout* text = block.layout();
        for (int i = 0; text && i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            lines.emplace_back(rect.top() + line.y(), rect.top() + line.y() + line.height());
        }
    }
    double best = 0.0;
    for (const auto& [top, bottom] : lines) {
        const double cut = top - from;
        if (cut <= 0.0 || cut > room) {
            continue;
        }
        // A copy: clang before 16 cannot capture a structured binding.
        const bool insideLine = std::any_of(lines.begin(), lines.end(), [&, at = top](const auto& other) {
            return other.first < at && at < other.second;
        });
        if (!insideLine) {
            best = std::max(best, cut);
        }
    }
    return best > 0.0 ? best : room;
}

} // namespace

struct SummaryDocument::Layout {
    std::vector<std::unique_ptr<SummaryTextDocument>> documents;
    bool filled = false; ///< The documents hold their blocks' text (from the first layout on).
    std::vector<FlowSlice> slices;
    int pages = 0;
    double dpi = 96.0;
    QRectF content; ///< Where blocks go, in the painter's device pixels.
    QRectF page;    ///< The printable area.
    QFont frameFont;
};

SummaryDocument::SummaryDocument(Summary summary)
    : m_summary(std::move(summary))
    , m_blocks(summaryBlocks(m_summary))
    , m_layout(std::make_unique<Layout>()) {
    const auto art = SummaryArt::bundled();
    const auto diagram = std::make_shared<const DiagramState>(summaryDiagramState(m_summary));
    // The blocks' text is set at the first layout, once each document has its width: text set
    // before would be laid out twice, at no width and then at the page's (a sixth of a PDF's
    // time, callgrind).
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        m_layout->documents.push_back(std::make_unique<SummaryTextDocument>(art, diagram));
    }
}

SummaryDocument::~SummaryDocument() = default;

void SummaryDocument::layout(QPagedPaintDevice& device) {
    Layout& layout = *m_layout;
    layout.dpi = device.logicalDpiY();
    layout.page = QRectF(0, 0, device.width(), device.height());
    layout.frameFont = SummaryTextDocument::bodyFont();
    layout.frameFont.setPointSizeF(7.5);
    const double line = QFontMetricsF(layout.frameFont, &device).height();
    layout.content = layout.page.adjusted(0, line * 2.2, 0, -line * 2.6);

    std::vector<FlowBlock> flow;
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        SummaryTextDocument& document = *layout.documents[i];
        document.documentLayout()->setPaintDevice(&device);
        document.setTextWidth(layout.content.width());
        if (!layout.filled) {
            document.setHtml(m_blocks[i].html);
        }
        flow.push_back(
            FlowBlock{document.size().height(), spaceBefore(m_blocks[i], layout.dpi), m_blocks[i].keepWithNext});
    }
    const CutFinder cut = [&layout](std::size_t block, double from, double room) {
        return cutBetweenLines(*layout.documents[block], from, room);
    };
    layout.filled = true;
    layout.slices = flowBlocks(flow, layout.content.height(), layout.content.height(), cut);
    layout.pages = layout.slices.empty() ? 1 : layout.slices.back().page + 1;
}

int SummaryDocument::pageCount() const {
    return m_layout->pages;
}

std::vector<std::size_t> SummaryDocument::blocksStartingOn(int page) const {
    std::vector<std::size_t> result;
    for (const FlowSlice& slice : m_layout->slices) {
        if (slice.page == page && slice.top == 0.0) {
            result.push_back(slice.block);
        }
    }
    return result;
}

bool SummaryDocument::print(QPagedPaintDevice& device) {
    layout(device);
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    const QPageRanges ranges = device.pageRanges();
    bool first = true;
    for (int page = 0; page < m_layout->pages; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page + 1)) {
            continue;
        }
        if (!first && !device.newPage()) {
            return false;
        }
        first = false;
        paintPage(painter, page);
    }
    return painter.end();
}

void SummaryDocument::paintPage(QPainter& painter, int page) const {
    paintFrame(painter, page);
    for (const FlowSlice& slice : m_layout->slices) {
        if (slice.page != page) {
            continue;
        }
        painter.save();
        painter.translate(m_layout->content.left(), m_layout->content.top() + slice.y - slice.top);
        const QRectF visible(0, slice.top, m_layout->content.width(), slice.height);
        m_layout->documents[slice.block]->drawContents(&painter, visible);
        painter.restore();
    }
}

void SummaryDocument::paintFrame(QPainter& painter, int page) const {
    const Layout& layout = *m_layout;
    painter.save();
    painter.setFont(layout.frameFont);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), millimetres(0.2, layout.dpi)));
    const double line = QFontMetricsF(layout.frameFont, painter.device()).height();
    const QRectF header(layout.page.left(), layout.page.top(), layout.page.width(), line);
    const QRectF footer(layout.page.left(), layout.page.bottom() - line * 2, layout.page.width(), line * 2);

    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     SummaryWords::tr("Kinetic Chain Explorer: %1").arg(QString::fromStdString(m_summary.title)));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, QString::fromStdString(m_summary.date));
    painter.drawLine(QPointF(header.left(), header.bottom() + line * 0.3),
                     QPointF(header.right(), header.bottom() + line * 0.3));

    painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()));
    const QRectF footerText = footer.adjusted(0, line * 0.4, 0, 0);
    painter.drawText(
        footerText, Qt::AlignLeft | Qt::AlignTop,
        SummaryWords::tr("Education, not a diagnosis. Content %1, reviewed %2.")
            .arg(QString::fromStdString(m_summary.contentVersion), QString::fromStdString(m_summary.lastReviewed)));
    painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop,
                     SummaryWords::tr("Page %1 of %2").arg(page + 1).arg(layout.pages));
    painter.restore();
}

} // namespace kinetic::report
