#include "ui/resourcedetailsview.h"

#include "ui/detailsform.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>

namespace hcloud {

namespace {
QString shown(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return QLocale().toString(value.toDateTime().toLocalTime(), QLocale::LongFormat);
    if (value.metaType().id() == QMetaType::Double)
        return QLocale().toString(value.toDouble());
    if (value.metaType().id() == QMetaType::Int || value.metaType().id() == QMetaType::LongLong)
        return QLocale().toString(value.toLongLong());
    return value.toString();
}
} // namespace

ResourceDetailsView::ResourceDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_empty(new QLabel(tr("Select an item to see its details."), this))
{
    m_scroll = layOutDetails(this, m_form, m_empty);
}

void ResourceDetailsView::setObject(const ResourceKind *kind, const QJsonObject &object)
{
    if (kind != m_kind) {
        // Another kind: other lines.
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_values.clear();
        m_kind = kind;
        for (const DetailField &field : kind ? kind->details : QVector<DetailField>()) {
            auto *value = new QLabel;
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setWordWrap(true);
            m_form->addRow(field.title + QLatin1Char(':'), value);
            m_values.insert(field.key, value);
        }
    }
    const NameIndex &names = m_names ? *m_names : NameIndex::none();
    m_empty->setVisible(object.isEmpty());
    m_scroll->setVisible(!object.isEmpty());
    for (const DetailField &field : kind ? kind->details : QVector<DetailField>())
        m_values.value(field.key)->setText(object.isEmpty() ? QString() : shown(field.value(object, names)));
}

QString ResourceDetailsView::text(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

} // namespace hcloud
