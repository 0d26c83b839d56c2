#include "demosession.h"
#include "desktopsession.h"
#include "exportcommand.h"
#include "projects/projectstore.h"
#include "api/redact.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

using namespace hcloud;

int main(int argc, char *argv[])
{
    // Headless: no display, no widgets.
    if (isExportCall(argc, argv))
        return runExport(argc, argv);
    hcloud::installLogRedaction();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hcloud-desktop"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("hcloud-desktop.invalid"));
    QApplication::setDesktopFileName(QStringLiteral("hcloud-desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hcloud-desktop.png")));
    installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop console for Hetzner Cloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Run against a simulated Hetzner Cloud; no account, network, config or keychain."));
    parser.addOption(demo);
    parser.process(app);

    if (parser.isSet(demo)) {
        DemoSession session;
        if (!session.start()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo"), session.errorString());
            return 1;
        }
        MainWindow window(session.workspace());
        window.setWindowTitle(QApplication::translate("main", "Hetzner Cloud — Demo"));
        window.show();
        return app.exec();
    }

    DesktopSession session(ProjectStore::defaultFilePath());
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();
    if (!session.problems().isEmpty()) {
        // Shown window-modal without a nested event loop.
        auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Projects"),
                                    session.problems().join(QStringLiteral("\n\n")), QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return app.exec();
}
