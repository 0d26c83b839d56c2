#include "app/exportcommand.h"

#include "app/desktopsession.h"
#include "core/projects/inventoryexport.h"
#include "core/projects/projectstore.h"
#include "core/resources/resourcekind.h"
#include "ui/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace hcloud {

namespace {

int complain(const QString &text)
{
    std::fprintf(stderr, "hcloud-desktop: %s\n", qPrintable(text));
    return 1;
}

struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(hcloud::ExportCommand)
};


} // namespace

bool isExportCall(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--export") == 0 || qstrncmp(argv[i], "--export=", 9) == 0)
            return true;
    }
    return false;
}

int runExport(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hcloud-desktop"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hcloud-desktop.invalid"));
    installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommand::tr("Writes one kind of resource of every project, without a window."));
    parser.addHelpOption();
    const QCommandLineOption kindOption(QStringLiteral("export"), ExportCommand::tr("The kind to export, e.g. servers."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption projectOption(QStringLiteral("project"), ExportCommand::tr("Only the project with this name."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption formatOption(QStringLiteral("format"), ExportCommand::tr("json (the API's objects) or csv (the table)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOption(QStringLiteral("output"), ExportCommand::tr("Write to this file instead of standard output."),
                                          QStringLiteral("FILE"));
    parser.addOptions({kindOption, projectOption, formatOption, outputOption});
    parser.process(app);

    QStringList kindIds;
    for (const ResourceKind *k : resourceKinds())
        kindIds.append(k->id);
    const ResourceKind *kind = resourceKindById(parser.value(kindOption));
    if (!kind)
        return complain(ExportCommand::tr("Unknown kind “%1”. Kinds: %2.").arg(parser.value(kindOption), kindIds.join(QStringLiteral(", "))));
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return complain(ExportCommand::tr("--format takes json or csv."));

    DesktopSession session(ProjectStore::defaultFilePath());
    session.start();
    for (const QString &problem : session.problems())
        complain(problem);
    QVector<Project> projects;
    const bool fromEnvironment = qEnvironmentVariableIsSet("HCLOUD_TOKEN");
    for (const Project &p : session.store()->projects()) {
        if (parser.isSet(projectOption) ? p.name == parser.value(projectOption) : (p.persistent != fromEnvironment))
            projects.append(p);
    }
    if (projects.isEmpty())
        return complain(parser.isSet(projectOption) ? ExportCommand::tr("There is no project named “%1”.").arg(parser.value(projectOption))
                                                    : ExportCommand::tr("There is no project to export. Add one in the window, or set HCLOUD_TOKEN."));

    QFile standardOutput;
    QSaveFile file(parser.value(outputOption));
    QIODevice *out = &standardOutput;
    if (parser.isSet(outputOption)) {
        if (!file.open(QIODevice::WriteOnly))
            return complain(ExportCommand::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        out = &file;
    } else if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        return complain(ExportCommand::tr("Cannot write to standard output."));
    }

    InventoryExport exporter(*kind, format == QLatin1String("csv") ? InventoryExport::Format::Csv
                                                                   : InventoryExport::Format::Json,
                             session.vault(), out);
    if (isatty(STDERR_FILENO)) {
        QObject::connect(&exporter, &InventoryExport::progress, [](const QString &project, int done, int total) {
            std::fprintf(stderr, "\r%s: %d/%d pages", qPrintable(project), done, total);
            std::fflush(stderr);
        });
    }
    int code = 0;
    QObject::connect(&exporter, &InventoryExport::finished, &app, [&](const QString &error) {
        if (isatty(STDERR_FILENO))
            std::fprintf(stderr, "\r\033[K");
        if (!error.isEmpty())
            code = complain(error);
        else if (out == &file && !file.commit())
            code = complain(ExportCommand::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        app.exit(code);
    });
    // Across the saved projects every object says whose it is.
    exporter.start(projects, !parser.isSet(projectOption) && !fromEnvironment);
    return app.exec();
}

} // namespace hcloud
