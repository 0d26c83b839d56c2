#include "ui/servers/serverdialogs.h"

#include "ui/servers/imagechoice.h"
#include "core/projects/projectcatalog.h"
#include "core/projects/projectsession.h"
#include "ui/resources/actionrunner.h"
#include "core/resources/resourcekind.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hcloud {

// The images the server's architecture boots, fetched fresh (snapshots change).
void ServerDialogs::rebuild(const ServerActionContext &c)
{
    if (!c.session)
        return;
    auto *dialog = new QDialog(c.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rebuild “%1”").arg(c.name()));
    auto *images = new QComboBox(dialog);
    images->setAccessibleName(tr("Image"));
    auto *text = new QLabel(tr("Rebuilding installs the chosen image. Everything on the server's disk is lost; "
                               "its IP addresses stay."),
                            dialog);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->addButton(tr("Rebuild"), QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(images);
    layout->addWidget(buttons);
    const QString architecture = json::string(c.server, QStringLiteral("server_type.architecture"));
    ProjectCatalog *catalog = c.session->catalog();
    auto fill = [images, catalog, architecture, ok] {
        fillImageChoice(images, catalog->list(QStringLiteral("images")), architecture);
        ok->setEnabled(images->currentData().isValid());
    };
    QObject::connect(catalog, &ProjectCatalog::loaded, dialog, fill);
    catalog->reload(QStringLiteral("images"));
    fill();
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(ok, &QPushButton::clicked, dialog, [c, dialog, images] {
        const QString image = QString::number(images->currentData().toLongLong());
        const QString description = tr("Rebuild “%1” from %2").arg(c.name(), images->currentText().trimmed());
        dialog->accept();
        c.run({{QStringLiteral("image"), image}}, description);
    });
    dialog->open();
}

} // namespace hcloud
