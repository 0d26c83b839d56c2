#include "core/projects/cliconfig.h"

#include "core/api/logging.h"
#include "core/api/redact.h"
#include "core/projects/tokencheck.h"
#include "core/projects/project.h"

#include <QDir>
#include <QFile>

#include <toml++/toml.h>

namespace hcloud {

namespace {

QString text(const toml::node_view<const toml::node> &node)
{
    const std::optional<std::string> value = node.value<std::string>();
    return value ? QString::fromStdString(*value) : QString();
}

QUrl endpointFrom(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    const bool ok = url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    return ok ? url : QUrl();
}

} // namespace

QString CliConfig::defaultPath(const QProcessEnvironment &env)
{
    const QString configured = env.value(QStringLiteral("HCLOUD_CONFIG"));
    if (!configured.isEmpty())
        return configured;
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    return QDir(home).filePath(QStringLiteral(".config/hcloud/cli.toml"));
}

QString CliConfig::plaintextNotice(const QString &path)
{
    return tr("Importing copies the tokens into your keychain. It does not change %1: "
              "that file still holds the tokens in plain text, readable by anyone who can "
              "read your files. Remove them there (hcloud context delete) once you no "
              "longer need the command-line tool.")
        .arg(QDir::toNativeSeparators(path));
}

bool CliConfig::load(const QString &path, const QProcessEnvironment &env)
{
    m_path = path;
    m_error.clear();
    m_contexts.clear();
    m_tokens.clear();

    QFile file(path);
    if (!file.exists()) {
        m_error = tr("There is no hcloud CLI configuration at %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The hcloud CLI configuration could not be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    file.close();
    return parse(data, path, env);
}

bool CliConfig::parse(const QByteArray &data, const QString &path, const QProcessEnvironment &env)
{
    m_path = path;
    m_error.clear();
    m_contexts.clear();
    m_tokens.clear();

    toml::table root;
    try {
        root = toml::parse(std::string_view(data.constData(), size_t(data.size())), path.toStdString());
    } catch (const toml::parse_error &e) {
        // The parser may quote the offending line, which may hold a token.
        m_error = tr("The hcloud CLI configuration is not valid TOML (line %1): %2")
                      .arg(e.source().begin.line)
                      .arg(redact(QString::fromStdString(std::string(e.description()))));
        qCInfo(lcProjects) << "cli.toml parse error at line" << e.source().begin.line;
        return false;
    }

    const toml::table &top = root;
    QString active = text(top["active_context"]);
    const QString forced = env.value(QStringLiteral("HCLOUD_CONTEXT"));
    if (!forced.isEmpty())
        active = forced;
    const QUrl fromEnv = endpointFrom(env.value(QStringLiteral("HCLOUD_ENDPOINT")));
    const QUrl global = endpointFrom(text(top["preferences"]["endpoint"]));

    const toml::array *contexts = top["contexts"].as_array();
    if (top.contains("contexts") && !contexts) {
        m_error = tr("The hcloud CLI configuration has no list of contexts.");
        return false;
    }
    if (contexts) {
        for (const toml::node &node : *contexts) {
            const toml::table *c = node.as_table();
            if (!c)
                continue;
            CliContext context;
            context.name = text((*c)["name"]);
            if (context.name.isEmpty())
                continue;
            const QString token = text((*c)["token"]);
            const TokenCheck check = TokenCheck::check(token);
            context.tokenValid = check.ok();
            context.tokenProblem = check.message;
            context.prefix = check.prefix();
            context.active = context.name == active;
            const QUrl own = endpointFrom(text((*c)["preferences"]["endpoint"]));
            context.endpoint = !fromEnv.isEmpty() ? fromEnv
                : !own.isEmpty()                   ? own
                : !global.isEmpty()                ? global
                                                   : Project().endpoint;
            m_contexts.append(context);
            m_tokens.append(check.ok() ? check.token : QString());
        }
    }
    qCInfo(lcProjects) << "cli.toml:" << m_contexts.size() << "contexts";
    return true;
}

QString CliConfig::token(const QString &contextName) const
{
    for (int i = 0; i < m_contexts.size(); ++i) {
        if (m_contexts.at(i).name == contextName)
            return m_tokens.at(i);
    }
    return {};
}

void CliConfig::forgetTokens()
{
    for (QString &t : m_tokens)
        t.clear();
}

} // namespace hcloud
