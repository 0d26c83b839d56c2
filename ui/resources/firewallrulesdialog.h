#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

class QLabel;
class QTableWidget;

namespace hcloud {

class ProjectSession;

// A table editor for a firewall's rules; sends all of them at once with set_rules.
class FirewallRulesDialog : public QDialog
{
    Q_OBJECT
public:
    FirewallRulesDialog(ProjectSession *session, const QJsonObject &firewall, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The rules as the API takes them; an empty text when they are valid.
    QJsonArray rules(QString *problem = nullptr) const;

    void accept() override;

private:
    void addRow(const QJsonObject &rule);

    ProjectSession *m_session;
    QJsonObject m_firewall;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace hcloud
