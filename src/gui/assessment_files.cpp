#include "assessment_files.hpp"

#include "session.hpp"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace kinetic::gui {

namespace {

const QString pathKey = QStringLiteral("session/currentFile");
const QString modifiedKey = QStringLiteral("session/modified");
constexpr int autosaveDelayMs = 1500;

QString today() {
    return QDate::currentDate().toString(Qt::ISODate);
}

Diagnostic fileProblem(const QString& path, const QString& message) {
    return Diagnostic{QFileInfo(path).fileName().toStdString(), {}, 0, 0, message.toStdString(), Severity::Error};
}

} // namespace

AssessmentFiles::AssessmentFiles(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(m_session, &Session::assessmentChanged, &m_autosave, qOverload<>(&QTimer::start));
}

QString AssessmentFiles::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void AssessmentFiles::setPath(const QString& path) {
    if (m_path != path) {
        m_path = path;
        emit currentPathChanged(m_path);
    }
}

void AssessmentFiles::newAssessment() {
    Assessment fresh;
    fresh.date = today().toStdString();
    m_session->setAssessment(std::move(fresh));
    m_session->setModified(false);
    setPath({});
}

AssessmentLoadResult AssessmentFiles::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {fileProblem(path, tr("cannot be opened: %1").arg(file.errorString()))}};
    }
    if (static_cast<std::size_t>(file.size()) > maxAssessmentBytes) {
        return {std::nullopt, {fileProblem(path, tr("is too large to be an assessment"))}};
    }
    const QByteArray bytes = file.readAll();
    return parseAssessment(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                           QFileInfo(path).fileName().toStdString());
}

QString AssessmentFiles::write(const QString& path, const Assessment& assessment) {
    // The format needs a date: an assessment without one is dated the day it is written.
    Assessment dated = assessment;
    if (dated.date.empty()) {
        dated.date = today().toStdString();
    }
    const std::string text = serializeAssessment(dated);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        return file.errorString();
    }
    return {};
}

std::vector<Diagnostic> AssessmentFiles::open(const QString& path) {
    AssessmentLoadResult result = read(path);
    if (!result.assessment) {
        return result.diagnostics;
    }
    m_session->setAssessment(std::move(*result.assessment));
    m_session->setModified(false);
    setPath(QFileInfo(path).absoluteFilePath());
    return {};
}

QString AssessmentFiles::save() {
    return m_path.isEmpty() ? tr("The assessment has no file name yet.") : saveAs(m_path);
}

QString AssessmentFiles::saveAs(const QString& path) {
    const QString error = write(path, m_session->assessment());
    if (!error.isEmpty()) {
        return error;
    }
    m_session->setModified(false);
    setPath(QFileInfo(path).absoluteFilePath());
    autosaveNow();
    return {};
}

QString AssessmentFiles::autosavePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave.kinetic.json");
}

QString AssessmentFiles::autosaveNow() {
    m_autosave.stop();
    const QString path = autosavePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return tr("Cannot create the folder %1").arg(QFileInfo(path).absolutePath());
    }
    QSettings settings;
    settings.setValue(pathKey, m_path);
    settings.setValue(modifiedKey, m_session->isModified());
    return write(path, m_session->assessment());
}

bool AssessmentFiles::restoreAutosave() {
    const QString path = autosavePath();
    if (!QFileInfo::exists(path)) {
        return false;
    }
    AssessmentLoadResult result = read(path);
    if (!result.assessment) {
        // Keep the damaged file for inspection, out of the way of the next autosave.
        QFile::remove(path + QStringLiteral(".damaged"));
        QFile::rename(path, path + QStringLiteral(".damaged"));
        return false;
    }
    const QSettings settings;
    m_session->setAssessment(std::move(*result.assessment));
    m_session->setModified(settings.value(modifiedKey, false).toBool());
    setPath(settings.value(pathKey).toString());
    return true;
}

} // namespace kinetic::gui
