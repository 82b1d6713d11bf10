#include "exercise_detail_view.hpp"

#include "exercise_labels.hpp"
#include "exercise_pose_view.hpp"
#include "session.hpp"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace kinetic::gui {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString bullets(const std::vector<std::string>& items) {
    QStringList lines;
    for (const std::string& item : items) {
        lines << QStringLiteral("• ") + exerciseLabels::text(item);
    }
    return lines.join(QLatin1Char('\n'));
}

QString numbered(const std::vector<std::string>& items) {
    QStringList lines;
    for (std::size_t i = 0; i < items.size(); ++i) {
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(exerciseLabels::text(items[i]));
    }
    return lines.join(QLatin1Char('\n'));
}

bool isWebLink(const QUrl& url) {
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

ExerciseDetailView::ExerciseDetailView(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_add(new QPushButton(tr("&Add to my plan"), this))
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("exerciseDetails"));
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_add->setObjectName(QStringLiteral("addToPlanButton"));
    m_scroll->setWidgetResizable(true);
    // The text wraps to the pane's width; a citation's long unbreakable word may be cut, rather
    // than the whole page scrolling sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_add, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { m_session->addToPlan(m_exerciseId); });
    connect(m_session, &Session::assessmentChanged, this, &ExerciseDetailView::updateAddButton);
    connect(m_session, &Session::contentChanged, this, &ExerciseDetailView::rebuild);
    rebuild();
}

void ExerciseDetailView::setExercise(const std::string& exerciseId, const QStringList& reasons) {
    if (exerciseId == m_exerciseId && reasons == m_reasons) {
        return;
    }
    m_exerciseId = exerciseId;
    m_reasons = reasons;
    rebuild();
}

void ExerciseDetailView::rebuild() {
    const Exercise* exercise = m_session->content().exercises.find(m_exerciseId);
    m_title->setText(exercise ? exerciseLabels::text(exercise->name) : tr("Choose an exercise"));
    // The old page may hold the variant button being clicked: let it finish before it goes.
    if (QWidget* old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_scroll->setWidget(exercise ? buildDetails(*exercise)
                                 : plainLabel(tr("Pick an exercise from the list to see how to do it."), this));
    updateAddButton();
}

void ExerciseDetailView::updateAddButton() {
    const bool known = m_session->content().exercises.find(m_exerciseId) != nullptr;
    const bool inPlan = known && m_session->assessment().inPlan(m_exerciseId);
    m_add->setEnabled(known && !inPlan);
    m_add->setText(inPlan ? tr("In your plan") : tr("&Add to my plan"));
}

QWidget* ExerciseDetailView::buildDetails(const Exercise& exercise) {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("exerciseDetailPage"));
    auto* layout = new QVBoxLayout(page);
    QStringList meta{exerciseLabels::kind(exercise.kind), exerciseLabels::difficulty(exercise.difficulty)};
    for (const std::string& item : exercise.equipment) {
        meta << exerciseLabels::equipment(item);
    }
    meta << exerciseLabels::text(exercise.code);
    layout->addWidget(plainLabel(meta.join(QStringLiteral(" · ")), page));
    if (!m_reasons.isEmpty()) {
        QLabel* fit = plainLabel(tr("Why it fits you:\n%1").arg(m_reasons.join(QLatin1Char('\n'))), page);
        fit->setObjectName(QStringLiteral("exerciseFit"));
        layout->addWidget(fit);
    }
    auto* pose = new ExercisePoseView(page);
    pose->setExercise(exercise.id, exerciseLabels::text(exercise.name));
    layout->addWidget(pose);
    addSection(layout, tr("Steps"), numbered(exercise.steps));
    QString dosage = exerciseLabels::text(describe(exercise.dosage));
    if (!exercise.dosage.note.empty()) {
        dosage += QLatin1Char('\n') + exerciseLabels::text(exercise.dosage.note);
    }
    addSection(layout, tr("How much (usual dosage)"), dosage);
    addSection(layout, tr("Common mistakes"), bullets(exercise.mistakes));
    addSafety(layout, exercise);
    addSection(layout, tr("When to progress"), exerciseLabels::text(exercise.progressWhen));
    addVariants(layout, tr("Easier"), exercise.easier);
    addVariants(layout, tr("Harder"), exercise.harder);
    addSources(layout, exercise);
    layout->addStretch(1);
    return page;
}

void ExerciseDetailView::addHeading(QVBoxLayout* layout, const QString& heading) {
    QLabel* title = plainLabel(heading, layout->parentWidget());
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addSpacing(4);
    layout->addWidget(title);
}

void ExerciseDetailView::addSection(QVBoxLayout* layout, const QString& heading, const QString& body) {
    if (body.isEmpty()) {
        return;
    }
    addHeading(layout, heading);
    layout->addWidget(plainLabel(body, layout->parentWidget()));
}

void ExerciseDetailView::addSafety(QVBoxLayout* layout, const Exercise& exercise) {
    const Manifest& manifest = m_session->content().manifest;
    QString text = bullets(exercise.whenToStop);
    text += QStringLiteral("\n\n") + tr("The pain rule: %1").arg(exerciseLabels::text(manifest.painRule.text));
    if (!manifest.stopRules.empty()) {
        text += QStringLiteral("\n\n") + tr("Stop and get advice if you notice:") + QLatin1Char('\n') +
                bullets(manifest.stopRules);
    }
    addSection(layout, tr("When to stop"), text);
}

void ExerciseDetailView::addVariants(QVBoxLayout* layout, const QString& heading,
                                     const std::vector<Variant>& variants) {
    if (variants.empty()) {
        return;
    }
    addHeading(layout, heading);
    for (const Variant& variant : variants) {
        layout->addWidget(
            plainLabel(QStringLiteral("• ") + exerciseLabels::text(variant.text), layout->parentWidget()));
        const Exercise* other = m_session->content().exercises.find(variant.exercise);
        if (!other) {
            continue;
        }
        auto* open = new QPushButton(tr("Open “%1”").arg(exerciseLabels::text(other->name)), layout->parentWidget());
        open->setObjectName(QStringLiteral("variantLink_") + QString::fromStdString(other->id));
        open->setFlat(true);
        open->setCursor(Qt::PointingHandCursor);
        open->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
        const std::string id = other->id;
        connect(open, &QPushButton::clicked, this, [this, id] { emit exerciseRequested(id); });
        layout->addWidget(open, 0, Qt::AlignLeft);
    }
}

void ExerciseDetailView::addSources(QVBoxLayout* layout, const Exercise& exercise) {
    const Content& content = m_session->content();
    QString evidence = exerciseLabels::text(describe(exercise.evidence.level));
    if (!evidence.isEmpty()) {
        evidence[0] = evidence[0].toUpper();
    }
    if (!exercise.evidence.note.empty()) {
        evidence = tr("%1. %2", "how sure, then a note on the evidence")
                       .arg(evidence, exerciseLabels::text(exercise.evidence.note));
    }
    addSection(layout, tr("Evidence"), evidence);
    addHeading(layout, tr("Sources"));
    for (const std::string& id : exercise.sources) {
        const Source* source = content.sources.find(id);
        if (!source) {
            continue;
        }
        layout->addWidget(
            plainLabel(tr("%1: %2", "a source's short name, then its citation")
                           .arg(exerciseLabels::text(source->key), exerciseLabels::text(source->citation)),
                       layout->parentWidget()));
        const QUrl url(QString::fromStdString(source->url));
        if (isWebLink(url)) {
            auto* open = new QPushButton(tr("Open the source in a browser"), layout->parentWidget());
            open->setFlat(true);
            open->setToolTip(url.toString());
            connect(open, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
            layout->addWidget(open, 0, Qt::AlignLeft);
        }
    }
}

} // namespace kinetic::gui
