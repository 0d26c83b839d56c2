#pragma once

#include "core/resources/serverspec.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace hcloud {

class ProjectSession;

// A new server: name (checked like the API checks it), location, type (with
// size and monthly price there; types not offered there are disabled),
// image (system images by OS, the project's snapshots and backups), SSH
// keys (the project's, or a pasted new one), public IPv4/IPv6, cloud-init
// user data (typed or from a file), private networks, firewalls, a
// placement group, labels, and start after create.
// Create sends one POST, never repeated.
class CreateServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateServerDialog(ProjectSession *session, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *locationBox() const { return m_location; }
    QTreeWidget *typeList() const { return m_types; }
    QComboBox *imageBox() const { return m_image; }
    QListWidget *sshKeyList() const { return m_keys; }
    QPlainTextEdit *newKeyEdit() const { return m_newKey; }
    QCheckBox *ipv4Box() const { return m_ipv4; }
    QCheckBox *ipv6Box() const { return m_ipv6; }
    QPlainTextEdit *userDataEdit() const { return m_userData; }
    QPlainTextEdit *labelsEdit() const { return m_labels; }
    QCheckBox *startBox() const { return m_start; }
    QListWidget *firewallList() const { return m_firewalls; }
    QListWidget *networkList() const { return m_networks; }
    QComboBox *placementGroupBox() const { return m_placementGroup; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *createButton() const { return m_create; }

    bool selectType(const QString &name);
    bool selectLocation(const QString &name);
    bool selectImage(const QString &nameOrDescription);
    bool isReady() const; // every list loaded
    ServerSpec spec() const; // what the form says now

signals:
    void serverCreated(qint64 id);

private:
    void layOut(); // createserverlayout.cpp
    void loaded(const QString &list);
    void fillTypes();
    void fillImages();
    void check();
    void create();
    void showError(const QString &text);
    QString chosenType() const;
    void loadUserDataFile();
    // Networks, firewalls and placement groups come from the project's lists.
    void fillProjectChoices();

    QPointer<ProjectSession> m_session;
    QLineEdit *m_name;
    QComboBox *m_location;
    QTreeWidget *m_types;
    QComboBox *m_image;
    QListWidget *m_keys;
    QPlainTextEdit *m_newKey;
    QCheckBox *m_ipv4;
    QCheckBox *m_ipv6;
    QPlainTextEdit *m_userData;
    QPlainTextEdit *m_labels;
    QCheckBox *m_start;
    QListWidget *m_firewalls;
    QListWidget *m_networks;
    QComboBox *m_placementGroup;
    QLabel *m_price;
    QLabel *m_message;
    QPushButton *m_create;
    bool m_busy = false;
    qint64 m_addedKey = 0; // the pasted key, once the project has it
};

} // namespace hcloud
