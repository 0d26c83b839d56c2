#include "ui/projects/cliimportdialog.h"
#include "ui/layout/dialogfit.h"

#include "core/projects/cliconfigimport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hcloud {

namespace {
constexpr int NameRole = Qt::UserRole + 1;
}

CliImportDialog::CliImportDialog(ProjectStore *store, TokenVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_importer(new CliConfigImport(store, vault, this))
    , m_list(new QListWidget(this))
    , m_notice(new QLabel(this))
    , m_message(new QLabel(this))
{
    fitToContentOnShow(this);
    setWindowTitle(tr("Import from the hcloud CLI"));
    m_list->setAccessibleName(tr("hcloud CLI contexts"));
    m_notice->setWordWrap(true);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose the contexts to add as projects:"), this));
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    resize(620, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &CliImportDialog::start);
    connect(m_list, &QListWidget::itemChanged, this, &CliImportDialog::updateButton);
    connect(m_importer, &CliConfigImport::contextImported, this,
            [this](const QString &name, const QString &projectId) {
                for (int i = 0; i < m_list->count(); ++i) {
                    QListWidgetItem *item = m_list->item(i);
                    if (item->data(NameRole).toString() != name)
                        continue;
                    item->setText(tr("%1 — imported").arg(name));
                    item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
                }
                emit projectImported(projectId);
            });
    connect(m_importer, &CliConfigImport::contextFailed, this, [this](const QString &name, const QString &why) {
        m_message->setText(m_message->text() + tr("%1 was not imported: %2").arg(name, why) + QLatin1Char('\n'));
    });
    connect(m_importer, &CliConfigImport::finished, this, [this](int imported, int failed) {
        const QString summary = tr("%n project(s) imported.", nullptr, imported);
        m_message->setText(failed ? m_message->text() + summary : summary);
        updateButton();
    });

    if (!m_importer->load()) {
        m_message->setText(m_importer->error());
        m_notice->setText(tr("Nothing was read from %1.").arg(m_importer->path()));
    } else {
        m_notice->setText(CliConfig::plaintextNotice(m_importer->path()));
        fill();
    }
    updateButton();
}

void CliImportDialog::fill()
{
    for (const CliConfigImport::Choice &choice : m_importer->choices()) {
        const CliContext &c = choice.context;
        QString text = c.prefix.isEmpty() ? c.name : tr("%1 — token %2…").arg(c.name, c.prefix);
        if (c.active)
            text += tr(" (active)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(NameRole, c.name);
        if (choice.importable()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setToolTip(tr("Endpoint %1").arg(c.endpoint.toString()));
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(choice.alreadyStored ? tr("Its token is already stored in %1.").arg(choice.storedIn)
                                                  : c.tokenProblem);
            item->setText(text + QStringLiteral(" — ") + item->toolTip());
        }
    }
}

void CliImportDialog::start()
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            names.append(item->data(NameRole).toString());
    }
    if (names.isEmpty())
        return;
    m_message->clear();
    m_importer->importContexts(names);
    updateButton();
}

void CliImportDialog::updateButton()
{
    bool any = false;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        any = any || ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked);
    }
    m_import->setEnabled(any && !m_importer->isRunning());
}

} // namespace hcloud
