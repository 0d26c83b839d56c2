#pragma once

#include "core/projects/project.h"

#include <QCoreApplication>
#include <QStringList>

namespace hcloud {

// The projects.json format: projects and the token index (id, label,
// prefix, permission, dates). It has no field for a secret, and names and
// labels that could hold one are redacted on the way in and out.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(hcloud::ProjectFile)

public:
    static constexpr int kVersion = 1;

    struct Contents
    {
        QVector<Project> projects;
        // Token ids whose keychain entries are still to be removed.
        QStringList pendingRemovals;
    };

    struct Parsed
    {
        Contents contents;       // whatever could be read
        bool unreadable = false; // not JSON or not our layout: nothing read
        bool newerVersion = false;
        QStringList problems;    // for the user; entries skipped and why
    };

    static Parsed parse(const QByteArray &data);
    // Non-persistent projects and session-only tokens are left out.
    static QByteArray serialize(const Contents &contents);

    // What may be shown or stored of a user-given name or label.
    static QString sanitize(const QString &text);
};

} // namespace hcloud
