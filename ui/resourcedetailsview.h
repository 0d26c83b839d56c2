#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace hcloud {

class NameIndex;
struct ResourceKind;

// The details of one object of any kind, as its kind describes them
// (ResourceKind::details): one line per field.
class ResourceDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceDetailsView(QWidget *parent = nullptr);

    void setObject(const ResourceKind *kind, const QJsonObject &object);
    // Names of other objects, for fields that refer to them by id.
    void setNames(const NameIndex *names) { m_names = names; }
    // The shown value of a field, by key; "" when not shown.
    QString text(const QString &key) const;

private:
    const ResourceKind *m_kind = nullptr;
    QFormLayout *m_form;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QHash<QString, QLabel *> m_values;
    const NameIndex *m_names = nullptr;
};

} // namespace hcloud
