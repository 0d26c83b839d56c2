// hcloud-sim: the simulated Hetzner Cloud as a process, for the official
// CLI, scripts and tests. The first stdout line names the endpoint, the
// second the Hetzner API's (Storage Boxes).

#include "core/sim/apidate.h"
#include "core/sim/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace {

bool validToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{64}$"));
    return pattern.match(token).hasMatch();
}

// Reads a non-negative integer option; false (with a message) when it is not one.
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 max, qint64 *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 number = parser.value(option).toLongLong(&ok);
    if (!ok || number < 0 || number > max) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("SimMain", "--%1 needs a whole number from 0 to %2.")
                           .arg(option.names().constFirst())
                           .arg(max)));
        return false;
    }
    *value = number;
    return true;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hcloud-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("SimMain", "A simulated Hetzner Cloud API on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("SimMain", "Port to listen on; 0 picks a free one."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption hetznerPortOption(
        QStringLiteral("hetzner-port"),
        QCoreApplication::translate("SimMain", "Port of the Hetzner API (Storage Boxes); 0 picks a free one."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QCoreApplication::translate("SimMain",
                                    "API token of one project (64 characters A-Z, a-z, 0-9). "
                                    "Repeat for more projects."),
        QStringLiteral("T"));
    const QCommandLineOption readTokenOption(
        QStringLiteral("read-token"),
        QCoreApplication::translate("SimMain",
                                    "A Read-only token for the project of the same position among --token. "
                                    "Repeat for more."),
        QStringLiteral("T"));
    const QCommandLineOption serversOption(
        QStringLiteral("servers"), QCoreApplication::translate("SimMain", "Servers seeded per project."),
        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-ms"),
        QCoreApplication::translate("SimMain", "Delay added to every answer, in milliseconds."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption actionOption(
        QStringLiteral("action-ms"),
        QCoreApplication::translate("SimMain", "How long one action runs, in milliseconds."), QStringLiteral("N"),
        QStringLiteral("1500"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("SimMain", "Seed of the generated data; project k uses seed + k."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption apiDateOption(
        QStringLiteral("api-date"),
        QCoreApplication::translate("SimMain",
                                    "Behave as the API did on this day, by its published timeline "
                                    "(default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate("SimMain",
                                    "Misbehave on purpose, repeatably: SEED:5xx=F,drop=F,burst429=N. "
                                    "5xx answers a fraction F with 503, drop closes a fraction F of "
                                    "connections unanswered (after the work is done), burst429 sends "
                                    "five 429s every N requests."),
        QStringLiteral("SPEC"));
    parser.addOptions({portOption, hetznerPortOption, tokenOption, readTokenOption, serversOption, latencyOption, actionOption,
                       seedOption, apiDateOption, faultsOption});
    parser.process(app);

    qint64 port = 0, hetznerPort = 0, servers = 30, latency = 0, seed = 1, actionMs = 1500;
    if (!readNumber(parser, portOption, 65535, &port) || !readNumber(parser, hetznerPortOption, 65535, &hetznerPort) || !readNumber(parser, serversOption, 100000, &servers)
        || !readNumber(parser, latencyOption, 600000, &latency)
        || !readNumber(parser, actionOption, 600000, &actionMs)
        || !readNumber(parser, seedOption, 0xffffffffLL, &seed))
        return 2;

    const QStringList tokens = parser.values(tokenOption);
    if (tokens.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("SimMain", "Give at least one --token.")));
        return 2;
    }
    hcloud::sim::SimOptions options;
    if (parser.isSet(apiDateOption)) {
        options.apiDate = hcloud::sim::ApiDate::parse(parser.value(apiDateOption));
        if (!options.apiDate.isValid()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("SimMain", "--api-date needs a date as YYYY-MM-DD.")));
            return 2;
        }
    }
    if (parser.isSet(faultsOption)) {
        QString error;
        const auto faults = hcloud::sim::FaultSpec::parse(parser.value(faultsOption), &error);
        if (!faults) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        options.faults = *faults;
    }
    options.latencyMs = int(latency);
    options.actionMs = int(actionMs);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!validToken(tokens[i])) {
            // Never echo the token itself: it may be a real one pasted by mistake.
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "SimMain", "Token %1 is not 64 characters of A-Z, a-z and 0-9.")
                                        .arg(i + 1)));
            return 2;
        }
        options.projects.append({tokens[i], int(servers), quint32(seed + i), {}});
    }
    const QStringList readTokens = parser.values(readTokenOption);
    for (qsizetype i = 0; i < readTokens.size(); ++i) {
        if (!validToken(readTokens[i]) || i >= options.projects.size()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "SimMain", "Read token %1 is not 64 characters of A-Z, a-z and 0-9, "
                                                   "or has no --token before it.")
                                        .arg(i + 1)));
            return 2;
        }
        options.projects[i].readTokens.append(readTokens[i]);
    }

    hcloud::sim::SimServer server(options);
    if (!server.listen(quint16(port), quint16(hetznerPort))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("SimMain", "Cannot listen on port %1 or %2.")
                                    .arg(port)
                                    .arg(hetznerPort)));
        return 1;
    }
    // Machine-read by tests and scripts: keep the wording, and flush now.
    std::printf("listening on %s\n", qPrintable(server.endpoint().toString()));
    std::printf("hetzner api on %s\n", qPrintable(server.hetznerEndpoint().toString()));
    std::fflush(stdout);
    return app.exec();
}
