#include "core/projects/projectstore.h"

#include "core/api/logging.h"
#include "core/projects/projectfile.h"
#include "core/projects/tokencheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace hcloud {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidEndpoint(const QUrl &url)
{
    // A token pasted into the endpoint field must not reach the file either.
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !TokenCheck::mayHoldSecret(url.toString());
}

} // namespace

ProjectStore::ProjectStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
}

QString ProjectStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("projects.json"));
}

bool ProjectStore::load()
{
    m_loadProblem.clear();
    m_backupPath.clear();
    m_readOnly = false;
    // Keep projects that are not from the file (the environment's).
    QVector<Project> temporary;
    for (const Project &p : std::as_const(m_projects)) {
        if (!p.persistent)
            temporary.append(p);
    }
    m_projects = temporary;
    m_pendingRemovals.clear();

    QFile file(m_filePath);
    if (!file.exists()) {
        emit projectsChanged();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcProjects) << "cannot read" << m_filePath << file.errorString();
        moveAside(tr("The project list could not be read (%1).").arg(file.errorString()));
        if (!m_backupPath.isEmpty() && !save())
            m_loadProblem += QLatin1Char(' ') + m_lastSaveError;
        emit projectsChanged();
        emit loadProblemFound(m_loadProblem);
        return false;
    }
    const ProjectFile::Parsed parsed = ProjectFile::parse(file.readAll());
    file.close();

    m_projects = parsed.contents.projects + m_projects;
    m_pendingRemovals = parsed.contents.pendingRemovals;
    if (parsed.newerVersion) {
        m_readOnly = true;
        m_loadProblem = tr("The project list was written by a newer version of this program. "
                           "Changes will not be saved, so that it stays intact.");
    } else if (!parsed.problems.isEmpty()) {
        moveAside(parsed.problems.join(QLatin1Char(' ')));
        // What was read goes back in place of the original, so the next
        // start shows the same projects (the original stays in the backup).
        if (!m_backupPath.isEmpty() && !save())
            m_loadProblem += QLatin1Char(' ') + m_lastSaveError;
    }
    emit projectsChanged();
    if (!m_loadProblem.isEmpty())
        emit loadProblemFound(m_loadProblem);
    return m_loadProblem.isEmpty();
}

void ProjectStore::moveAside(const QString &why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_filePath + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_filePath + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);

    if (QFile::rename(m_filePath, target)) {
        m_backupPath = target;
        m_loadProblem = tr("%1 The original file was kept as %2. The projects that could be read "
                           "are shown and were saved again.")
                            .arg(why, QDir::toNativeSeparators(target));
        qCWarning(lcProjects) << "moved unreadable project list to" << target;
    } else {
        // Never lose it: leave it where it is and do not write over it.
        m_readOnly = true;
        m_loadProblem = tr("%1 The file could not be moved aside, so changes will not be saved "
                           "until it is repaired or removed: %2")
                            .arg(why, QDir::toNativeSeparators(m_filePath));
        qCWarning(lcProjects) << "cannot move aside" << m_filePath;
    }
}

bool ProjectStore::save()
{
    if (m_readOnly) {
        m_lastSaveError = tr("The project list is not saved: %1").arg(m_loadProblem);
        emit saveFailed(m_lastSaveError);
        return false;
    }
    if (m_filePath.isEmpty())
        return true; // in memory only
    const QByteArray data = ProjectFile::serialize({m_projects, m_pendingRemovals});
    // Last line of defence: nothing that could be a secret goes to disk.
    if (TokenCheck::mayHoldSecret(QString::fromUtf8(data))) {
        m_lastSaveError = tr("The project list was not saved because it seemed to contain an API token.");
        qCCritical(lcProjects) << "refused to save: token-like text in output";
        emit saveFailed(m_lastSaveError);
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_lastSaveError = tr("The project list could not be saved to %1: %2")
                              .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        qCWarning(lcProjects) << "save failed:" << file.errorString();
        emit saveFailed(m_lastSaveError);
        return false;
    }
    m_lastSaveError.clear();
    return true;
}

void ProjectStore::changed(const Project &project, bool tokens)
{
    if (project.persistent)
        save();
    emit projectsChanged();
    if (tokens)
        emit tokensChanged(project.id);
}

Project *ProjectStore::findProject(const QString &projectId)
{
    for (Project &p : m_projects) {
        if (p.id == projectId)
            return &p;
    }
    return nullptr;
}

const Project *ProjectStore::project(const QString &projectId) const
{
    return const_cast<ProjectStore *>(this)->findProject(projectId);
}

TokenRecord *ProjectStore::findToken(const QString &tokenId, Project **owner)
{
    for (Project &p : m_projects) {
        for (TokenRecord &t : p.tokens) {
            if (t.id == tokenId) {
                if (owner)
                    *owner = &p;
                return &t;
            }
        }
    }
    return nullptr;
}

const TokenRecord *ProjectStore::token(const QString &tokenId) const
{
    return const_cast<ProjectStore *>(this)->findToken(tokenId);
}

QString ProjectStore::projectOfToken(const QString &tokenId) const
{
    Project *owner = nullptr;
    const_cast<ProjectStore *>(this)->findToken(tokenId, &owner);
    return owner ? owner->id : QString();
}

bool ProjectStore::isSessionToken(const QString &tokenId) const
{
    Project *owner = nullptr;
    const TokenRecord *t = const_cast<ProjectStore *>(this)->findToken(tokenId, &owner);
    return t && (t->sessionOnly || !owner->persistent);
}

QHash<QString, QString> ProjectStore::knownPrefixes() const
{
    QHash<QString, QString> known;
    for (const Project &p : m_projects) {
        for (const TokenRecord &t : p.tokens) {
            // A session-only copy (HCLOUD_TOKEN) may still be saved for good.
            if (p.persistent && !t.sessionOnly)
                known.insert(t.prefix, tr("project “%1”").arg(p.name));
        }
    }
    return known;
}

QString ProjectStore::addProject(const QString &name, const QUrl &endpoint)
{
    const QString clean = ProjectFile::sanitize(name.trimmed());
    if (clean.isEmpty() || !isValidEndpoint(endpoint))
        return {};
    Project p;
    p.id = newId();
    p.name = clean;
    p.endpoint = endpoint;
    m_projects.append(p);
    changed(p, false);
    return p.id;
}

QString ProjectStore::addTemporaryProject(const QString &name, const QUrl &endpoint)
{
    if (name.trimmed().isEmpty() || !isValidEndpoint(endpoint))
        return {};
    Project p;
    p.id = newId();
    p.name = ProjectFile::sanitize(name.trimmed());
    p.endpoint = endpoint;
    p.persistent = false;
    m_projects.append(p);
    changed(p, false);
    return p.id;
}

bool ProjectStore::renameProject(const QString &projectId, const QString &name)
{
    Project *p = findProject(projectId);
    const QString clean = ProjectFile::sanitize(name.trimmed());
    if (!p || clean.isEmpty())
        return false;
    if (p->name == clean)
        return true;
    p->name = clean;
    changed(*p, false);
    return true;
}

bool ProjectStore::setEndpoint(const QString &projectId, const QUrl &endpoint)
{
    Project *p = findProject(projectId);
    if (!p || !isValidEndpoint(endpoint))
        return false;
    if (p->endpoint == endpoint)
        return true;
    p->endpoint = endpoint;
    changed(*p, false);
    return true;
}

bool ProjectStore::setHetznerEndpoint(const QString &projectId, const QUrl &endpoint)
{
    Project *p = findProject(projectId);
    if (!p || !isValidEndpoint(endpoint))
        return false;
    if (p->hetznerEndpoint == endpoint)
        return true;
    p->hetznerEndpoint = endpoint;
    changed(*p, false);
    return true;
}

QVector<TokenRecord> ProjectStore::tokensOf(const QString &projectId) const
{
    const Project *p = project(projectId);
    return p ? p->tokens : QVector<TokenRecord>();
}

QStringList ProjectStore::removeProject(const QString &projectId)
{
    const auto it = std::find_if(m_projects.begin(), m_projects.end(),
                                 [&](const Project &p) { return p.id == projectId; });
    if (it == m_projects.end())
        return {};
    QStringList ids;
    for (const TokenRecord &t : std::as_const(it->tokens))
        ids.append(t.id);
    const bool persistent = it->persistent;
    m_projects.erase(it);
    m_pendingRemovals.append(ids);
    if (persistent || !ids.isEmpty())
        save();
    emit projectsChanged();
    emit tokensChanged(projectId);
    return ids;
}

QString ProjectStore::addToken(const QString &projectId, TokenRecord record)
{
    Project *p = findProject(projectId);
    // A session-only copy of a stored token is fine (HCLOUD_TOKEN may be
    // one the user also saved); a second stored copy is not.
    if (!p || record.prefix.size() != TokenCheck::kPrefixLength
        || (!record.sessionOnly && p->persistent && knownPrefixes().contains(record.prefix)))
        return {};
    for (const QChar c : std::as_const(record.prefix)) {
        if (!TokenCheck::isTokenChar(c))
            return {};
    }
    if (record.id.isEmpty() || token(record.id))
        record.id = newId();
    if (!record.added.isValid())
        record.added = QDateTime::currentDateTimeUtc();
    record.label = ProjectFile::sanitize(record.label.trimmed());
    p->tokens.append(record);
    m_pendingRemovals.removeAll(record.id);
    changed(*p, true);
    return record.id;
}

bool ProjectStore::removeToken(const QString &tokenId)
{
    Project *owner = nullptr;
    if (!findToken(tokenId, &owner))
        return false;
    owner->tokens.erase(std::remove_if(owner->tokens.begin(), owner->tokens.end(),
                                       [&](const TokenRecord &t) { return t.id == tokenId; }),
                        owner->tokens.end());
    m_pendingRemovals.append(tokenId);
    // The pending removal is persisted even for a temporary project.
    if (!owner->persistent)
        save();
    changed(*owner, true);
    return true;
}

bool ProjectStore::relabelToken(const QString &tokenId, const QString &label)
{
    Project *owner = nullptr;
    TokenRecord *t = findToken(tokenId, &owner);
    if (!t)
        return false;
    const QString clean = ProjectFile::sanitize(label.trimmed());
    if (t->label != clean) {
        t->label = clean;
        changed(*owner, true);
    }
    return true;
}

bool ProjectStore::setPermission(const QString &tokenId, TokenPermission permission)
{
    Project *owner = nullptr;
    TokenRecord *t = findToken(tokenId, &owner);
    if (!t)
        return false;
    if (t->permission != permission) {
        t->permission = permission;
        changed(*owner, true);
    }
    return true;
}

bool ProjectStore::setLastVerified(const QString &tokenId, const QDateTime &when)
{
    Project *owner = nullptr;
    TokenRecord *t = findToken(tokenId, &owner);
    if (!t)
        return false;
    if (t->lastVerified != when) {
        t->lastVerified = when;
        changed(*owner, true);
    }
    return true;
}

void ProjectStore::secretsRemoved(const QStringList &tokenIds)
{
    const int before = int(m_pendingRemovals.size());
    for (const QString &id : tokenIds)
        m_pendingRemovals.removeAll(id);
    if (m_pendingRemovals.size() != before)
        save();
}

} // namespace hcloud
