#pragma once

#include <QHash>
#include <QString>

namespace hcloud {

// The names of a project's objects by kind and id, so that what refers to
// another object by id (a volume's server, a group's members) can show its
// name. Kind texts ask through json::reference(), which reads the index
// made current on this thread by a NameScope around the display call.
class NameIndex
{
public:
    // Replaces the names of one kind; true when any changed.
    bool set(const QString &kindId, const QHash<qint64, QString> &names);
    // The name, or empty when the index does not know it.
    QString name(const QString &kindId, qint64 id) const;
    // Counts the changes, so that work begun with older names can tell.
    int generation() const { return m_generation; }

private:
    QHash<QString, QHash<qint64, QString>> m_names;
    int m_generation = 0;
};

// Makes an index current on this thread while it lives (nesting restores).
class NameScope
{
public:
    explicit NameScope(const NameIndex *index);
    ~NameScope();
    NameScope(const NameScope &) = delete;
    NameScope &operator=(const NameScope &) = delete;

    static const NameIndex *current();

private:
    const NameIndex *m_previous;
};

} // namespace hcloud
