#include "tests/support/openapi.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace testing {

QString openApiPath(OpenApiFile file)
{
    const bool cloud = file == OpenApiFile::Cloud;
    const QString fromEnv = qEnvironmentVariable(cloud ? "HCLOUD_OPENAPI_SPEC" : "HCLOUD_OPENAPI_SPEC_30");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return cloud ? QStringLiteral(HCLOUD_OPENAPI_CLOUD) : QStringLiteral(HCLOUD_OPENAPI_HETZNER);
}

OpenApiLoad loadOpenApi(OpenApiFile file)
{
    OpenApiLoad load;
    const QString path = openApiPath(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        load.problem = QStringLiteral("OpenAPI description not found at %1 (set %2)")
                           .arg(path, file == OpenApiFile::Cloud ? QStringLiteral("HCLOUD_OPENAPI_SPEC")
                                                                 : QStringLiteral("HCLOUD_OPENAPI_SPEC_30"));
        return load;
    }
    load.found = true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        load.problem = QStringLiteral("%1: not JSON (%2)").arg(path, error.errorString());
    else if (doc.object().value(QLatin1String("paths")).toObject().isEmpty())
        load.problem = QStringLiteral("%1: no paths").arg(path);
    else
        load.spec = doc.object();
    return load;
}

} // namespace testing
