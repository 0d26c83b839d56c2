#pragma once

#include "core/projects/project.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace hcloud {

// The projects and their token index, kept in projects.json. Every change
// to a persistent project is saved at once, atomically. Secrets never come
// here: a token is known by id, label and 32-character prefix.
//
// A file that cannot be read is moved aside to
// "projects.json.corrupt-<timestamp>" and loadProblem() says so; it is
// never overwritten. Non-persistent projects (the environment's token,
// demo) and session-only tokens live in memory only.
class ProjectStore : public QObject
{
    Q_OBJECT
public:
    // An empty path keeps everything in memory (the demo): nothing is read or written.
    explicit ProjectStore(const QString &filePath, QObject *parent = nullptr);

    // <AppConfigLocation>/projects.json, what the app passes in.
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }

    // Reads the file (a missing file is an empty list). False when the file
    // had problems; loadProblem() then tells the user what happened.
    bool load();
    QString loadProblem() const { return m_loadProblem; }
    // Where a bad file went ("" if none was moved).
    QString backupPath() const { return m_backupPath; }
    // The file was not understood and could not be moved, or is from a newer
    // version: changes stay in memory so it is never overwritten.
    bool isReadOnly() const { return m_readOnly; }
    QString lastSaveError() const { return m_lastSaveError; }

    const QVector<Project> &projects() const { return m_projects; }
    const Project *project(const QString &projectId) const;
    const TokenRecord *token(const QString &tokenId) const;
    QString projectOfToken(const QString &tokenId) const;
    // Secret held in memory only (session vault), not in the keychain.
    bool isSessionToken(const QString &tokenId) const;
    // prefix -> "project “name”" of every token kept for good, for
    // TokenCheck's duplicate test.
    QHash<QString, QString> knownPrefixes() const;

    QString addProject(const QString &name, const QUrl &endpoint = Project().endpoint);
    // A project that is never written to the file.
    QString addTemporaryProject(const QString &name, const QUrl &endpoint);
    bool renameProject(const QString &projectId, const QString &name);
    bool setEndpoint(const QString &projectId, const QUrl &endpoint);
    bool setHetznerEndpoint(const QString &projectId, const QUrl &endpoint);
    // What removeProject() would take out of the keychain, for the
    // confirmation the UI shows first.
    QVector<TokenRecord> tokensOf(const QString &projectId) const;
    // Removes the project; its token ids become pendingRemovals() until
    // secretsRemoved() (see TokenPurge). Returns those ids.
    QStringList removeProject(const QString &projectId);

    // The record gets a new id and an "added" date when it has none.
    // Returns the token id, or "" if the project is unknown, the prefix is
    // not 32 token characters or the prefix is already stored (allowed for
    // a session-only record).
    QString addToken(const QString &projectId, TokenRecord record);
    bool removeToken(const QString &tokenId);
    bool relabelToken(const QString &tokenId, const QString &label);
    bool setPermission(const QString &tokenId, TokenPermission permission);
    bool setLastVerified(const QString &tokenId, const QDateTime &when);

    // Token ids whose keychain entries still have to go.
    QStringList pendingRemovals() const { return m_pendingRemovals; }
    void secretsRemoved(const QStringList &tokenIds);

signals:
    // Any change to the list or a project in it (also after load()).
    void projectsChanged();
    void tokensChanged(const QString &projectId);
    void loadProblemFound(const QString &text);
    void saveFailed(const QString &text);

private:
    Project *findProject(const QString &projectId);
    TokenRecord *findToken(const QString &tokenId, Project **owner = nullptr);
    void moveAside(const QString &why);
    // Saves when the change touched persisted data.
    void changed(const Project &project, bool tokens);
    bool save();

    QString m_filePath;
    QVector<Project> m_projects;
    QStringList m_pendingRemovals;
    QString m_loadProblem;
    QString m_backupPath;
    QString m_lastSaveError;
    bool m_readOnly = false;
};

} // namespace hcloud
