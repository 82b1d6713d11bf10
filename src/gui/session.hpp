#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/cause_ranking.hpp>
#include <kinetic/content.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>

#include <QObject>

#include <memory>
#include <set>

namespace kinetic::gui {

/// The open assessment and the content it is read against, with the query results for it.
/// The one object widgets read from and change: every change goes through a method here and
/// ends in one coarse signal, after the derived results are brought up to date.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(std::shared_ptr<const Content> content, QObject* parent = nullptr);

    const Content& content() const { return *m_content; }
    std::shared_ptr<const Content> sharedContent() const { return m_content; }
    /// Swaps in reloaded content; selections of regions that no longer exist are dropped.
    void setContent(std::shared_ptr<const Content> content);

    const Assessment& assessment() const { return m_assessment; }
    void setAssessment(Assessment assessment);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Changes. Each emits assessmentChanged() once, and only when something changed.
    void toggleRegion(const std::string& regionId);
    void setRegionSelected(const std::string& regionId, bool selected);
    void setIntensity(const std::string& regionId, int intensity);
    void setQuality(const std::string& regionId, Quality quality, bool on);
    void setAgeBand(std::optional<AgeBand> band);
    void setRecentInjury(bool injury);
    void setAnswer(const std::string& redFlagId, Answer answer);
    void addToPlan(const std::string& exerciseId);
    void removeFromPlan(std::size_t index);
    void movePlanItem(std::size_t from, std::size_t to);
    void setPlanDosage(std::size_t index, std::optional<Dosage> dosage);
    void setNote(const std::string& note);

    const LinkQuery& linkQuery() const { return m_linkQuery; }
    void setMechanismVisible(Mechanism mechanism, bool visible);

    // Results for the current assessment, recomputed on every change.
    const RedFlagReport& redFlags() const { return m_redFlags; }
    const std::vector<RankedCause>& causes() const { return m_causes; }
    const std::vector<LinkedArea>& linkedAreas() const { return m_links; }
    const std::set<std::string>& highlightedRegions() const { return m_highlighted; }

signals:
    void contentChanged();
    void assessmentChanged();
    void linkQueryChanged();
    void modifiedChanged(bool modified);

private:
    void update(Assessment assessment);
    void recompute();

    std::shared_ptr<const Content> m_content;
    Assessment m_assessment;
    LinkQuery m_linkQuery;
    RedFlagReport m_redFlags;
    std::vector<RankedCause> m_causes;
    std::vector<LinkedArea> m_links;
    std::set<std::string> m_highlighted;
    bool m_modified = false;
};

} // namespace kinetic::gui
