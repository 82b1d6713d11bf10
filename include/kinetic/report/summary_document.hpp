#pragma once

#include <kinetic/report/summary_html.hpp>
#include <kinetic/summary.hpp>

#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace kinetic::report {

/// The printed summary, paginated by hand: each block of `summaryBlocks` is its own
/// QTextDocument (which loads no resources: its images are drawn by our painters), laid out for
/// the paint device and placed on pages so that no block, and so no exercise, is split across a
/// page break. A heading always stays with the block after it. Every page has a footer with the
/// page number, the content version and its review date.
///
/// Needs a QGuiApplication (the offscreen platform is enough):
/// ```
/// SummaryDocument document(summary);
/// QPdfWriter writer(path);
/// writer.setPageSize(toQPageSize(PageSize::A4));
/// document.print(writer);
/// ```
class SummaryDocument {
public:
    explicit SummaryDocument(Summary summary);
    ~SummaryDocument();
    SummaryDocument(const SummaryDocument&) = delete;
    SummaryDocument& operator=(const SummaryDocument&) = delete;

    const Summary& summary() const { return m_summary; }
    const std::vector<SummaryBlock>& blocks() const { return m_blocks; }

    /// Lays the pages out for the device's page layout and resolution.
    void layout(QPagedPaintDevice& device);
    /// Pages of the last layout (0 before the first).
    int pageCount() const;
    /// The blocks (indexes into `blocks()`) that begin on a page, for tests and previews.
    std::vector<std::size_t> blocksStartingOn(int page) const;

    /// Lays out for `device` and paints every page (or the device's page ranges) to it.
    /// False when painting could not begin (a printer that is not ready, a file not writable).
    bool print(QPagedPaintDevice& device);

private:
    struct Layout;

    void paintPage(QPainter& painter, int page) const;
    void paintFrame(QPainter& painter, int page) const;

    Summary m_summary;
    std::vector<SummaryBlock> m_blocks;
    std::unique_ptr<Layout> m_layout;
};

} // namespace kinetic::report
