#include "page_flow.hpp"

#include <algorithm>

namespace kinetic::report {

namespace {

class Flow {
public:
    Flow(std::span<const FlowBlock> blocks, double firstPageHeight, double pageHeight, const CutFinder& cut)
        : m_blocks(blocks)
        , m_firstPage(firstPageHeight)
        , m_page(pageHeight)
        , m_cut(cut) {}

    std::vector<FlowSlice> run() {
        for (std::size_t i = 0; i < m_blocks.size(); ++i) {
            place(i);
        }
        return std::move(m_slices);
    }

private:
    double available() const { return m_pageIndex == 0 ? m_firstPage : m_page; }
    double space(std::size_t i) const { return m_y > 0.0 ? m_blocks[i].spaceBefore : 0.0; }

    void newPage() {
        ++m_pageIndex;
        m_y = 0.0;
    }

    /// The height block `i` needs with the blocks it must stay with.
    double neededWithFollowers(std::size_t i) const {
        double needed = m_blocks[i].height;
        for (std::size_t k = i; m_blocks[k].keepWithNext && k + 1 < m_blocks.size(); ++k) {
            needed += m_blocks[k + 1].spaceBefore + m_blocks[k + 1].height;
        }
        // A chain taller than a page cannot stay together: keep only the block itself whole.
        return needed <= m_page ? needed : m_blocks[i].height;
    }

    void place(std::size_t i) {
        const FlowBlock& block = m_blocks[i];
        if (m_y > 0.0 && m_y + space(i) + neededWithFollowers(i) > available()) {
            newPage();
        }
        if (m_y == 0.0 && block.height > available() && block.height <= m_page) {
            newPage(); // Taller than a short first page, but fits on the next.
        }
        if (m_y + space(i) + block.height <= available()) {
            m_y += space(i);
            m_slices.push_back(FlowSlice{i, m_pageIndex, m_y, 0.0, block.height});
            m_y += block.height;
            return;
        }
        placeCut(i);
    }

    /// A block taller than a page: shown part by part, each part on its own page.
    void placeCut(std::size_t i) {
        const double height = m_blocks[i].height;
        double top = 0.0;
        while (height - top > available() - m_y) {
            const double room = available() - m_y;
            double part = m_cut ? m_cut(i, top, room) : room;
            part = (part <= 0.0 || part > room) ? room : part;
            m_slices.push_back(FlowSlice{i, m_pageIndex, m_y, top, part});
            top += part;
            newPage();
        }
        m_slices.push_back(FlowSlice{i, m_pageIndex, m_y, top, height - top});
        m_y += height - top;
    }

    std::span<const FlowBlock> m_blocks;
    double m_firstPage;
    double m_page;
    const CutFinder& m_cut;
    std::vector<FlowSlice> m_slices;
    int m_pageIndex = 0;
    double m_y = 0.0;
};

} // namespace

std::vector<FlowSlice> flowBlocks(std::span<const FlowBlock> blocks, double firstPageHeight, double pageHeight,
                                  const CutFinder& cut) {
    return Flow(blocks, firstPageHeight, pageHeight, cut).run();
}

} // namespace kinetic::report
