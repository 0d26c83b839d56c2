#pragma once

#include <QHash>
#include <QString>

namespace hcloud {

// The names of a project's objects by kind and id, so that what refers to
// another object by id (a volume's server, a group's members) can show its
// name. Kind texts are given the index with the object (ColumnValue).
class NameIndex
{
public:
    // Replaces the names of one kind; true when any changed.
    bool set(const QString &kindId, const QHash<qint64, QString> &names);
    // The name, or empty when the index does not know it.
    QString name(const QString &kindId, qint64 id) const;
    // Counts the changes, so that work begun with older names can tell.
    int generation() const { return m_generation; }
    // An index that knows no names, for texts shown without a project.
    static const NameIndex &none();

private:
    QHash<QString, QHash<qint64, QString>> m_names;
    int m_generation = 0;
};

} // namespace hcloud
