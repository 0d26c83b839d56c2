#pragma once

#include "core/projects/project.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hcloud {

// Name and API endpoint of a new or existing project.
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProjectDialog(QWidget *parent = nullptr);

    QString name() const;
    QUrl endpoint() const;
    QUrl hetznerEndpoint() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *hetznerEndpointEdit() const { return m_hetznerEndpoint; }
    QPushButton *okButton() const { return m_ok; }

    // Edit an existing project instead of adding one.
    void setProject(const QString &name, const QUrl &endpoint, const QUrl &hetznerEndpoint = Project::defaultHetznerEndpoint());

private:
    void check();

    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_hetznerEndpoint;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace hcloud
