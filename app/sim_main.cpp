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

// Every option, in the order --help lists them.
struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *fallback;  // nullptr: none
    const char *help;      // in the SimMain context
};

enum Option { Port, HetznerPort, Token, ReadToken, Servers, LatencyMs, ActionMs, Seed, ApiDate, Faults, OptionCount };

const char kFaultsHelp[] = QT_TRANSLATE_NOOP("SimMain", "Misbehave on purpose, repeatably: SEED:5xx=F,drop=F,burst429=N. "
                                                        "5xx answers a fraction F with 503, drop closes a fraction F of "
                                                        "connections unanswered (after the work is done), burst429 sends "
                                                        "five 429s every N requests.");

const OptionSpec kOptions[OptionCount] = {
    {"port", "N", "0", QT_TRANSLATE_NOOP("SimMain", "Port to listen on; 0 picks a free one.")},
    {"hetzner-port", "N", "0", QT_TRANSLATE_NOOP("SimMain", "Port of the Hetzner API (Storage Boxes); 0 picks a free one.")},
    {"token", "T", nullptr, QT_TRANSLATE_NOOP("SimMain", "API token of one project (64 characters A-Z, a-z, 0-9). Repeat for more projects.")},
    {"read-token", "T", nullptr, QT_TRANSLATE_NOOP("SimMain", "A Read-only token for the project of the same position among --token. Repeat for more.")},
    {"servers", "N", "30", QT_TRANSLATE_NOOP("SimMain", "Servers seeded per project.")},
    {"latency-ms", "N", "0", QT_TRANSLATE_NOOP("SimMain", "Delay added to every answer, in milliseconds.")},
    {"action-ms", "N", "1500", QT_TRANSLATE_NOOP("SimMain", "How long one action runs, in milliseconds.")},
    {"seed", "N", "1", QT_TRANSLATE_NOOP("SimMain", "Seed of the generated data; project k uses seed + k.")},
    {"api-date", "YYYY-MM-DD", nullptr, QT_TRANSLATE_NOOP("SimMain", "Behave as the API did on this day, by its published timeline (default: today).")},
    {"faults", "SPEC", nullptr, kFaultsHelp},
};

// The options that take a whole number from 0 to `max`, in the order they
// are checked.
struct NumberRange
{
    Option option;
    qint64 max;
};
const NumberRange kNumbers[] = {{Port, 65535},       {HetznerPort, 65535}, {Servers, 100000},
                                {LatencyMs, 600000}, {ActionMs, 600000},   {Seed, 0xffffffffLL}};

// The SimMain context, which translations/update.sh leaves out for now.
QString translated(const char *text)
{
    return QCoreApplication::translate("SimMain", text);
}

// Says what is wrong on stderr; returns the exit code.
int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return code;
}

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
        fail(translated("--%1 needs a whole number from 0 to %2.").arg(option.names().constFirst()).arg(max));
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
    parser.setApplicationDescription(translated("A simulated Hetzner Cloud API on 127.0.0.1."));
    parser.addHelpOption();
    QList<QCommandLineOption> options;
    for (const OptionSpec &spec : kOptions)
        options.append(QCommandLineOption(QString::fromLatin1(spec.name), translated(spec.help), QString::fromLatin1(spec.valueName),
                                          QString::fromLatin1(spec.fallback)));
    parser.addOptions(options);
    parser.process(app);

    qint64 value[OptionCount] = {};
    for (const NumberRange &number : kNumbers) {
        value[number.option] = QByteArray(kOptions[number.option].fallback).toLongLong();
        if (!readNumber(parser, options[number.option], number.max, &value[number.option]))
            return 2;
    }

    const QStringList tokens = parser.values(options[Token]);
    if (tokens.isEmpty())
        return fail(translated("Give at least one --token."));
    hcloud::sim::SimOptions sim;
    if (parser.isSet(options[ApiDate])) {
        sim.apiDate = hcloud::sim::ApiDate::parse(parser.value(options[ApiDate]));
        if (!sim.apiDate.isValid())
            return fail(translated("--api-date needs a date as YYYY-MM-DD."));
    }
    if (parser.isSet(options[Faults])) {
        QString error;
        const auto faults = hcloud::sim::FaultSpec::parse(parser.value(options[Faults]), &error);
        if (!faults)
            return fail(error);
        sim.faults = *faults;
    }
    sim.latencyMs = int(value[LatencyMs]);
    sim.actionMs = int(value[ActionMs]);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // Never echo the token itself: it may be a real one pasted by mistake.
        if (!validToken(tokens[i]))
            return fail(translated("Token %1 is not 64 characters of A-Z, a-z and 0-9.").arg(i + 1));
        sim.projects.append({tokens[i], int(value[Servers]), quint32(value[Seed] + i), {}});
    }
    const QStringList readTokens = parser.values(options[ReadToken]);
    for (qsizetype i = 0; i < readTokens.size(); ++i) {
        if (!validToken(readTokens[i]) || i >= sim.projects.size())
            return fail(translated("Read token %1 is not 64 characters of A-Z, a-z and 0-9, "
                                   "or has no --token before it.")
                            .arg(i + 1));
        sim.projects[i].readTokens.append(readTokens[i]);
    }

    hcloud::sim::SimServer server(sim);
    if (!server.listen(quint16(value[Port]), quint16(value[HetznerPort])))
        return fail(translated("Cannot listen on port %1 or %2.").arg(value[Port]).arg(value[HetznerPort]), 1);
    // Machine-read by tests and scripts: keep the wording, and flush now.
    std::printf("listening on %s\n", qPrintable(server.endpoint().toString()));
    std::printf("hetzner api on %s\n", qPrintable(server.hetznerEndpoint().toString()));
    std::fflush(stdout);
    return app.exec();
}
