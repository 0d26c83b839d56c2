#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QUrl>
#include <QVector>

namespace hcloud {

// One context of the hcloud CLI, as far as it may be shown.
struct CliContext
{
    QString name;
    QString prefix;        // first 32 characters of its token ("" if not a token)
    bool active = false;   // active_context, or HCLOUD_CONTEXT
    bool tokenValid = false;
    QString tokenProblem;  // why the token cannot be imported
    QUrl endpoint;         // HCLOUD_ENDPOINT > context > [preferences] > default
};

// Reads the hcloud CLI's cli.toml. Opens it read-only, never writes it.
// The tokens stay in this object's memory until forgetTokens().
class CliConfig
{
    Q_DECLARE_TR_FUNCTIONS(hcloud::CliConfig)

public:
    // $HCLOUD_CONFIG, else ~/.config/hcloud/cli.toml.
    static QString defaultPath(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Plain words for the import dialog.
    static QString plaintextNotice(const QString &path);

    // False when the file is missing or not TOML in the CLI's layout;
    // error() says which.
    bool load(const QString &path, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The same for text already read (`path` names it in messages).
    bool parse(const QByteArray &data, const QString &path,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    const QVector<CliContext> &contexts() const { return m_contexts; }

    // The secret of a context, for the import only.
    QString token(const QString &contextName) const;
    void forgetTokens();

private:
    QString m_path;
    QString m_error;
    QVector<CliContext> m_contexts;
    QVector<QString> m_tokens; // parallel to m_contexts
};

} // namespace hcloud
