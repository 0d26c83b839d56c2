#include "ui/settings/settingsdialog.h"

#include "ui/layout/dialogfit.h"
#include "core/projects/settingkeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace hcloud {

namespace {
const QString kCloudDefault = QStringLiteral("https://api.hetzner.cloud/v1");
const QString kHetznerDefault = QStringLiteral("https://api.hetzner.com/v1");

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_notifications(new QCheckBox(tr("Tell me when a long action ends while I am in another window"), this))
    , m_refresh(new QComboBox(this))
    , m_cache(new QCheckBox(tr("Keep the lists on this computer, to show them at once on the next start"), this))
    , m_language(new QComboBox(this))
    , m_cloudEndpoint(new QLineEdit(this))
    , m_hetznerEndpoint(new QLineEdit(this))
    , m_backupLabel(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    fitToContentOnShow(this);
    setWindowTitle(tr("Settings"));
    const QSettings s;
    m_notifications->setChecked(s.value(settings::notificationsEnabled(), true).toBool());
    m_notifications->setAccessibleName(tr("Desktop notifications"));
    // What the background refresh may spend of each project's API budget.
    const QList<QPair<int, QString>> intervals = {{0, tr("Off")},
                                                  {5, tr("Within 5 % of the API budget")},
                                                  {10, tr("Within 10 % of the API budget")}};
    const int seconds = s.value(settings::backgroundPercent(), 10).toInt();
    for (const auto &[value, text] : intervals) {
        m_refresh->addItem(text, value);
        if (value == seconds)
            m_refresh->setCurrentIndex(m_refresh->count() - 1);
    }
    m_refresh->setAccessibleName(tr("Background refresh"));
    m_cache->setChecked(s.value(settings::cacheEnabled(), true).toBool());
    m_cache->setAccessibleName(tr("Local cache"));
    // Language names in their own language, as a person looks for theirs.
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.value(settings::language()).toString())));
    m_language->setAccessibleName(tr("Language"));
    m_cloudEndpoint->setText(s.value(settings::cloudEndpoint(), kCloudDefault).toString());
    m_cloudEndpoint->setAccessibleName(tr("Default Cloud API endpoint"));
    m_cloudEndpoint->setToolTip(tr("New projects start with this endpoint. Change only for a proxy or the simulator."));
    m_hetznerEndpoint->setText(s.value(settings::hetznerEndpoint(), kHetznerDefault).toString());
    m_hetznerEndpoint->setAccessibleName(tr("Default Hetzner API endpoint"));
    m_hetznerEndpoint->setToolTip(tr("The API of Storage Boxes and the newer Hetzner services."));
    m_backupLabel->setText(s.value(settings::backupLabel(), QStringLiteral("backup")).toString());
    m_backupLabel->setAccessibleName(tr("Backup label"));
    m_backupLabel->setToolTip(tr("What needs attention lists servers that carry this label but have no backups."));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Notifications:"), m_notifications);
    form->addRow(tr("&Refresh:"), m_refresh);
    form->addRow(tr("Cache:"), m_cache);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Cloud &API endpoint:"), m_cloudEndpoint);
    form->addRow(tr("&Hetzner API endpoint:"), m_hetznerEndpoint);
    form->addRow(tr("&Backup label:"), m_backupLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("A new language applies at the next start."), this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_cloudEndpoint, m_hetznerEndpoint, m_backupLabel})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::check);
    check();
}

void SettingsDialog::check()
{
    QString problem;
    if (!isHttpUrl(m_cloudEndpoint->text()) || !isHttpUrl(m_hetznerEndpoint->text()))
        problem = tr("An endpoint must be an http(s) address such as %1.").arg(kCloudDefault);
    else if (m_backupLabel->text().trimmed().isEmpty() || m_backupLabel->text().contains(QLatin1Char(' ')))
        problem = tr("The backup label is a label key such as “backup”, without spaces.");
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

void SettingsDialog::save()
{
    QSettings s;
    s.setValue(settings::notificationsEnabled(), m_notifications->isChecked());
    s.setValue(settings::backgroundPercent(), m_refresh->currentData().toInt());
    s.setValue(settings::cacheEnabled(), m_cache->isChecked());
    s.setValue(settings::language(), m_language->currentData().toString());
    s.setValue(settings::cloudEndpoint(), m_cloudEndpoint->text().trimmed());
    s.setValue(settings::hetznerEndpoint(), m_hetznerEndpoint->text().trimmed());
    s.setValue(settings::backupLabel(), m_backupLabel->text().trimmed());
    s.sync();
    emit settingsChanged();
}

} // namespace hcloud
