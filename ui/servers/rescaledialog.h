#pragma once

#include "core/resources/servertype.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace hcloud {

// Choose a server's new type: each type with its size, its monthly price in
// the server's location and the difference to now. Types the server cannot
// move to (other architecture or storage, smaller disk, not offered there)
// are disabled and say why. "Keep disk size" allows downgrading later.
class RescaleDialog : public QDialog
{
    Q_OBJECT
public:
    RescaleDialog(const QJsonObject &server, const QVector<QJsonObject> &serverTypes, QWidget *parent = nullptr);

    QString chosenType() const;
    bool keepDisk() const;
    bool powerOffFirst() const;

    QTreeWidget *typeList() const { return m_types; }
    QCheckBox *keepDiskBox() const { return m_keepDisk; }
    QPushButton *okButton() const { return m_ok; }
    // Selects a type by name (for tests and keyboard users alike).
    bool selectType(const QString &name);

private:
    void updateSummary();

    QJsonObject m_server;
    ServerTypeInfo m_current;
    QTreeWidget *m_types;
    QCheckBox *m_keepDisk;
    QCheckBox *m_powerOff;
    QLabel *m_summary;
    QPushButton *m_ok;
};

} // namespace hcloud
