#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace hcloud {

struct ResourceKind;

// The details of one object of any kind, as its kind describes them
// (ResourceKind::details): one line per field.
class ResourceDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceDetailsView(QWidget *parent = nullptr);

    void setObject(const ResourceKind *kind, const QJsonObject &object);
    // The shown value of a field, by key; "" when not shown.
    QString text(const QString &key) const;

private:
    const ResourceKind *m_kind = nullptr;
    QFormLayout *m_form;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QHash<QString, QLabel *> m_values;
};

} // namespace hcloud
