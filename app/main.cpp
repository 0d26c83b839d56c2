#include "app/demolauncher.h"
#include "app/desktopsession.h"
#include "app/exportcommand.h"
#include "core/projects/listcache.h"
#include "core/projects/projectstore.h"
#include "core/api/redact.h"
#include "core/projects/settingkeys.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

using namespace hcloud;

namespace {

const QCommandLineOption &demoOption()
{
    static const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Run against a simulated Hetzner Cloud; no account, network, config or keychain."));
    return demo;
}

void describe(QCoreApplication &app, QCommandLineParser &parser)
{
    QCoreApplication::setApplicationName(QStringLiteral("hcloud-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hcloud-desktop.invalid"));
    // The language chosen in Settings, else the system's.
    const QString language = QSettings().value(settings::language()).toString();
    installTranslations(language.isEmpty() ? QLocale() : QLocale(language));
    parser.setApplicationDescription(QApplication::translate("main", "A desktop console for Hetzner Cloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demoOption());
    parser.process(app);
}

// --help and --version answer without a display.
bool asksOnlyForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    hcloud::installLogRedaction();
    // Headless: no display, no widgets.
    if (isExportCall(argc, argv))
        return runExport(argc, argv);
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        describe(app, parser); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("hcloud-desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hcloud-desktop.png")));
    QCommandLineParser parser;
    describe(app, parser);

    if (parser.isSet(demoOption())) {
        QString error;
        if (!openDemoWindow(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo"), error);
            return 1;
        }
        return app.exec();
    }

    DesktopSession session(ProjectStore::defaultFilePath(), ListCache::defaultDirectory());
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.rememberLayout();
    // The demo opens beside the real window, in this process.
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&window] {
        QString error;
        if (!openDemoWindow(&error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Demo"), error,
                                        QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
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
