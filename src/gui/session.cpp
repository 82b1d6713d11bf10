#include "session.hpp"

#include <algorithm>
#include <utility>

namespace kinetic::gui {

Session::Session(std::shared_ptr<const Content> content, QObject* parent)
    : QObject(parent)
    , m_content(std::move(content)) {
    recompute();
}

void Session::setContent(std::shared_ptr<const Content> content) {
    // Models and panels hold items of the old content (a cause's condition, say) until they hear
    // of the change, and read them as they reset: the old content lives until they have.
    const std::shared_ptr<const Content> previous = std::exchange(m_content, std::move(content));
    Assessment kept = m_assessment;
    std::erase_if(kept.regions, [&](const SelectedRegion& r) { return !m_content->regions.find(r.region); });
    std::erase_if(kept.plan, [&](const PlanItem& p) { return !m_content->exercises.find(p.exercise); });
    m_assessment = std::move(kept);
    recompute();
    emit contentChanged();
    emit assessmentChanged();
}

void Session::setAssessment(Assessment assessment) {
    m_assessment = std::move(assessment);
    recompute();
    emit assessmentChanged();
}

void Session::setModified(bool modified) {
    if (m_modified != modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void Session::update(Assessment assessment) {
    if (assessment == m_assessment) {
        return;
    }
    m_assessment = std::move(assessment);
    recompute();
    setModified(true);
    emit assessmentChanged();
}

void Session::recompute() {
    m_redFlags = checkRedFlags(*m_content, m_assessment);
    m_causes = rankCauses(*m_content, m_assessment, m_redFlags);
    m_links = kinetic::linkedAreas(*m_content, m_assessment, m_linkQuery);
    m_highlighted = kinetic::highlightedRegions(m_assessment, m_links);
}

void Session::toggleRegion(const std::string& regionId) {
    setRegionSelected(regionId, !m_assessment.isSelected(regionId));
}

void Session::setRegionSelected(const std::string& regionId, bool selected) {
    const Region* region = m_content->regions.find(regionId);
    if (!region || !region->selectable || m_assessment.isSelected(regionId) == selected) {
        return;
    }
    Assessment next = m_assessment;
    if (selected) {
        next.regions.push_back(SelectedRegion{regionId, 5, {}});
    } else {
        std::erase_if(next.regions, [&](const SelectedRegion& r) { return r.region == regionId; });
    }
    update(std::move(next));
}

void Session::setIntensity(const std::string& regionId, int intensity) {
    Assessment next = m_assessment;
    for (SelectedRegion& region : next.regions) {
        if (region.region == regionId) {
            region.intensity = std::clamp(intensity, 0, 10);
        }
    }
    update(std::move(next));
}

void Session::setQuality(const std::string& regionId, Quality quality, bool on) {
    Assessment next = m_assessment;
    for (SelectedRegion& region : next.regions) {
        if (region.region != regionId || region.has(quality) == on) {
            continue;
        }
        if (on) {
            region.qualities.push_back(quality);
            std::sort(region.qualities.begin(), region.qualities.end());
        } else {
            std::erase(region.qualities, quality);
        }
    }
    update(std::move(next));
}

void Session::setAgeBand(std::optional<AgeBand> band) {
    Assessment next = m_assessment;
    next.ageBand = band;
    update(std::move(next));
}

void Session::setRecentInjury(bool injury) {
    Assessment next = m_assessment;
    next.recentInjury = injury;
    update(std::move(next));
}

void Session::setAnswer(const std::string& redFlagId, Answer answer) {
    Assessment next = m_assessment;
    if (answer == Answer::Unanswered) {
        next.answers.erase(redFlagId);
    } else {
        next.answers[redFlagId] = answer;
    }
    update(std::move(next));
}

void Session::addToPlan(const std::string& exerciseId) {
    if (!m_content->exercises.find(exerciseId) || m_assessment.inPlan(exerciseId)) {
        return;
    }
    Assessment next = m_assessment;
    next.plan.push_back(PlanItem{exerciseId, std::nullopt});
    update(std::move(next));
}

void Session::removeFromPlan(std::size_t index) {
    if (index >= m_assessment.plan.size()) {
        return;
    }
    Assessment next = m_assessment;
    next.plan.erase(next.plan.begin() + static_cast<std::ptrdiff_t>(index));
    update(std::move(next));
}

void Session::movePlanItem(std::size_t from, std::size_t to) {
    if (from >= m_assessment.plan.size() || to >= m_assessment.plan.size() || from == to) {
        return;
    }
    Assessment next = m_assessment;
    PlanItem item = next.plan[from];
    next.plan.erase(next.plan.begin() + static_cast<std::ptrdiff_t>(from));
    next.plan.insert(next.plan.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    update(std::move(next));
}

void Session::setPlanDosage(std::size_t index, std::optional<Dosage> dosage) {
    if (index >= m_assessment.plan.size()) {
        return;
    }
    Assessment next = m_assessment;
    const Exercise* exercise = m_content->exercises.find(next.plan[index].exercise);
    // A dosage equal to the default is no change: store none, so content updates reach it.
    next.plan[index].dosage = (exercise && dosage == exercise->dosage) ? std::nullopt : std::move(dosage);
    update(std::move(next));
}

void Session::setNote(const std::string& note) {
    Assessment next = m_assessment;
    next.note = note;
    update(std::move(next));
}

void Session::setMechanismVisible(Mechanism mechanism, bool visible) {
    const bool hidden = m_linkQuery.hiddenMechanisms.contains(mechanism);
    if (hidden != visible) {
        return;
    }
    if (visible) {
        m_linkQuery.hiddenMechanisms.erase(mechanism);
    } else {
        m_linkQuery.hiddenMechanisms.insert(mechanism);
    }
    recompute();
    emit linkQueryChanged();
}

} // namespace kinetic::gui
