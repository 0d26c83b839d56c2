#include "core/projects/inventoryexport.h"

#include "core/api/apiclient.h"
#include "core/models/resourcerow.h"
#include "core/resources/resourcekind.h"
#include "core/projects/tokenvault.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

namespace hcloud {

namespace {

QString cellText(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime().toUTC().toString(Qt::ISODate);
    return cell.toString();
}

// {"id":1,...} with "project" first: {"project":"name","id":1,...}.
QByteArray withProjectField(const QByteArray &object, const QString &project)
{
    const QByteArray field = QByteArrayLiteral("{\"project\":")
        + QJsonDocument(QJsonObject{{QStringLiteral("p"), project}}).toJson(QJsonDocument::Compact).mid(5).chopped(1);
    return object.size() > 2 ? field + ',' + object.mid(1) : field + '}';
}

} // namespace

InventoryExport::InventoryExport(const ResourceKind &kind, Format format, TokenVault *vault, QIODevice *out,
                                 QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_format(format)
    , m_vault(vault)
    , m_out(out)
{
}

QByteArray InventoryExport::csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

void InventoryExport::start(const QVector<Project> &projects, bool withProject)
{
    m_projects = projects;
    m_withProject = withProject;
    writeHeader();
    next();
}

void InventoryExport::writeHeader()
{
    if (m_format == Format::Json) {
        m_out->write("[");
        return;
    }
    QByteArrayList titles;
    if (m_withProject)
        titles.append(csvField(tr("Project")));
    for (const ResourceColumn &column : m_kind.columns)
        titles.append(csvField(column.title));
    m_out->write(titles.join(',') + "\r\n");
}

void InventoryExport::writeFooter()
{
    if (m_format == Format::Json)
        m_out->write(m_written > 0 ? "\n]\n" : "]\n");
}

void InventoryExport::next()
{
    if (++m_at >= m_projects.size()) {
        writeFooter();
        emit finished(QString());
        return;
    }
    const Project &project = m_projects.at(m_at);
    const TokenRecord *record = readTokenOf(project);
    if (!record || !m_vault) {
        fail(tr("Project “%1” has no API token.").arg(project.name));
        return;
    }
    QPointer<InventoryExport> self(this);
    m_vault->read(record->id, [self, project](const TokenVault::Result &result, const QString &token) {
        if (!self)
            return;
        if (!result.ok())
            self->fail(tr("Project “%1”: %2").arg(project.name, result.message));
        else
            self->list(project, token);
    });
}

void InventoryExport::list(const Project &project, const QString &token)
{
    auto *client = new ApiClient(this);
    client->setEndpoint(m_kind.api == ResourceKind::Api::Hetzner ? project.hetznerEndpoint : project.endpoint);
    client->setToken(token);
    const bool json = m_format == Format::Json;
    ListCall *call = client->listPages(m_kind.path, {}, json ? rawPageReader(m_kind.jsonKey)
                                                             : rowPageReader(m_kind, NameIndex()));
    connect(call, &ListCall::progress, this, [this, name = project.name](int done, int total) {
        emit progress(name, done, total);
    });
    connect(call, &ListCall::finished, this, [this, call, client, name = project.name] {
        client->deleteLater();
        if (call->error().isError()) {
            fail(tr("Project “%1”: %2").arg(name, call->error().userText()));
            return;
        }
        // An object that slid across a page boundary while we listed comes twice.
        QSet<QByteArray> seen;
        for (const ListPagePtr &page : call->pages()) {
            if (m_format == Format::Json) {
                const RawItems &raw = static_cast<const RawPage &>(*page).raw;
                for (int i = 0; i < raw.items.size(); ++i) {
                    if (seen.contains(raw.ids.at(i)))
                        continue;
                    seen.insert(raw.ids.at(i));
                    m_out->write(m_written++ ? ",\n" : "\n");
                    m_out->write(m_withProject ? withProjectField(raw.items.at(i), name) : raw.items.at(i));
                }
                continue;
            }
            for (const ResourceRow &row : static_cast<const RowPage &>(*page).rows) {
                const QByteArray key = QByteArray::number(row->id);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                QByteArrayList fields;
                if (m_withProject)
                    fields.append(csvField(name));
                for (const QVariant &cell : row->cells)
                    fields.append(csvField(cellText(cell)));
                m_out->write(fields.join(',') + "\r\n");
                ++m_written;
            }
        }
        next();
    });
}

void InventoryExport::fail(const QString &error)
{
    emit finished(error);
}

} // namespace hcloud
