#include "core/resources/nameindex.h"

namespace hcloud {

namespace {
thread_local const NameIndex *t_current = nullptr;
}

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

NameScope::NameScope(const NameIndex *index) : m_previous(t_current)
{
    t_current = index;
}

NameScope::~NameScope()
{
    t_current = m_previous;
}

const NameIndex *NameScope::current()
{
    return t_current;
}

} // namespace hcloud
