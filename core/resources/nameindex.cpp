#include "core/resources/nameindex.h"

namespace hcloud {

bool NameIndex::set(const QString &kindId, const QHash<qint64, QString> &names)
{
    if (m_names.value(kindId) == names)
        return false;
    m_names.insert(kindId, names);
    ++m_generation;
    return true;
}

QString NameIndex::name(const QString &kindId, qint64 id) const
{
    const auto kind = m_names.constFind(kindId);
    return kind == m_names.constEnd() ? QString() : kind->value(id);
}

const NameIndex &NameIndex::none()
{
    static const NameIndex empty;
    return empty;
}

} // namespace hcloud
