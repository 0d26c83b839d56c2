#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hcloud {

// Edit › Settings: notifications, refresh interval, local cache, language,
// default endpoints and the backup label, kept in QSettings (settingkeys.h).
// Saved on OK; settingsChanged() then lets the window apply them.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QCheckBox *notificationsBox() const { return m_notifications; }
    QComboBox *refreshBox() const { return m_refresh; }
    QCheckBox *cacheBox() const { return m_cache; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *cloudEndpointEdit() const { return m_cloudEndpoint; }
    QLineEdit *hetznerEndpointEdit() const { return m_hetznerEndpoint; }
    QLineEdit *backupLabelEdit() const { return m_backupLabel; }

signals:
    void settingsChanged();

private:
    void check();
    void save();

    QCheckBox *m_notifications;
    QComboBox *m_refresh;
    QCheckBox *m_cache;
    QComboBox *m_language;
    QLineEdit *m_cloudEndpoint;
    QLineEdit *m_hetznerEndpoint;
    QLineEdit *m_backupLabel;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace hcloud
