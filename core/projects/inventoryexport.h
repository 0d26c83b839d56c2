#pragma once

#include "core/projects/project.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QVector>

namespace hcloud {

struct ResourceKind;
class TokenVault;

// One kind of every given project, listed and written out: JSON (an array
// of the API's objects) or CSV (the table's columns, RFC 4180). Across
// several projects each object gets a "project" field, each CSV line a
// Project column. Projects are listed one after another.
class InventoryExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Json, Csv };

    InventoryExport(const ResourceKind &kind, Format format, TokenVault *vault, QIODevice *out,
                    QObject *parent = nullptr);

    // withProject: add the project to every object or line.
    void start(const QVector<Project> &projects, bool withProject);
    int written() const { return m_written; }

    static QByteArray csvField(const QString &text);

signals:
    void progress(const QString &project, int pagesDone, int pagesTotal);
    // error: empty on success; else what went wrong, in words, naming the project.
    void finished(const QString &error);

private:
    void next();
    void list(const Project &project, const QString &token);
    void writeHeader();
    void writeFooter();
    void fail(const QString &error);

    const ResourceKind &m_kind;
    Format m_format;
    QPointer<TokenVault> m_vault;
    QIODevice *m_out;
    QVector<Project> m_projects;
    bool m_withProject = false;
    int m_at = -1;
    int m_written = 0;
};

} // namespace hcloud
