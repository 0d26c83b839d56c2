#include "core/projects/listcachefile.h"

#include "core/resources/resourcekind.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>

namespace hcloud::ListCacheFile {

namespace {

constexpr char kMagic[] = "HCLOUD-DESKTOP-LIST-CACHE\n";
constexpr quint32 kVersion = 3;
constexpr QDataStream::Version kStream = QDataStream::Qt_6_4;
// Rows per chunk: a few chunks for a big list, one for most.
constexpr int kChunkRows = 1000;

// What the stored cells depend on besides the object.
QString layoutOf(const ResourceKind &kind)
{
    QStringList parts{QCoreApplication::applicationVersion(), QLocale().name()};
    for (const ResourceColumn &column : kind.columns)
        parts.append(column.title);
    return parts.join(QChar(0x1f));
}

QByteArray encodeRows(const QVector<ResourceRow> &rows, int from, int to, int columns)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(kStream);
    for (int i = from; i < to; ++i) {
        const RowData &row = *rows.at(i);
        stream << qint64(row.id) << row.name;
        for (int c = 0; c < columns; ++c)
            stream << row.cells.value(c) << row.sortKeys.value(c);
        stream << row.status << row.search << row.priceKey << row.json;
    }
    return out;
}

} // namespace

QByteArray encode(const ResourceKind &kind, const QVector<ResourceRow> &rows, const QDateTime &listedAt)
{
    const int columns = int(kind.columns.size());
    QVector<QByteArray> chunks;
    QVector<int> counts;
    for (int from = 0; from < rows.size(); from += kChunkRows) {
        const int to = int(qMin<qsizetype>(rows.size(), from + kChunkRows));
        chunks.append(encodeRows(rows, from, to, columns));
        counts.append(to - from);
    }
    QByteArray out(kMagic);
    QDataStream stream(&out, QIODevice::WriteOnly | QIODevice::Append);
    stream.setVersion(kStream);
    stream << kVersion << kind.id << layoutOf(kind) << listedAt.toUTC() << qint32(columns) << qint32(chunks.size());
    for (int i = 0; i < chunks.size(); ++i)
        stream << qint32(counts.at(i)) << qint64(chunks.at(i).size());
    for (const QByteArray &chunk : std::as_const(chunks))
        stream.writeRawData(chunk.constData(), int(chunk.size()));
    return out;
}

Header readHeader(const QByteArray &bytes, const ResourceKind &kind)
{
    Header header;
    auto fail = [&header](const char *why) {
        header.chunks.clear();
        header.problem = QString::fromLatin1(why);
        return header;
    };
    if (!bytes.startsWith(kMagic))
        return fail("not a list cache");
    QDataStream stream(bytes);
    stream.setVersion(kStream);
    stream.skipRawData(int(sizeof(kMagic) - 1));
    quint32 version = 0;
    stream >> version;
    if (version != kVersion)
        return fail("a list cache of another version");
    QString kindId, layout;
    qint32 columns = -1, chunks = -1;
    stream >> kindId >> layout >> header.listedAt >> columns >> chunks;
    if (stream.status() != QDataStream::Ok || kindId != kind.id || !header.listedAt.isValid() || columns < 0
        || columns > 1000 || chunks < 0 || chunks > bytes.size() / 16)
        return fail("a damaged header");
    header.columns = columns;
    header.sameLayout = layout == layoutOf(kind) && columns == kind.columns.size();
    QVector<Chunk> list(chunks);
    for (Chunk &chunk : list) {
        qint32 rows = -1;
        qint64 size = -1;
        stream >> rows >> size;
        chunk.rows = rows;
        chunk.size = qsizetype(size);
        if (stream.status() != QDataStream::Ok || rows < 0 || size < 0 || size > bytes.size())
            return fail("a damaged header");
    }
    qsizetype offset = qsizetype(stream.device()->pos());
    for (Chunk &chunk : list) {
        chunk.offset = offset;
        offset += chunk.size;
    }
    if (offset != bytes.size())
        return fail(offset < bytes.size() ? "bytes after the last row" : "a cut file");
    header.chunks = std::move(list);
    return header;
}

Rows readChunk(const QByteArray &bytes, const Header &header, int chunk, const ResourceKind &kind,
               const NameIndex &names)
{
    const Chunk &at = header.chunks.at(chunk);
    Rows out;
    auto fail = [&out](const char *why) {
        out.rows.clear();
        out.problem = QString::fromLatin1(why);
        return out;
    };
    // The file's bytes are not copied: the stream reads them where they are.
    const QByteArray slice = QByteArray::fromRawData(bytes.constData() + at.offset, at.size);
    QDataStream stream(slice);
    stream.setVersion(kStream);
    out.rows.reserve(at.rows);
    for (int i = 0; i < at.rows; ++i) {
        auto row = std::make_shared<RowData>();
        qint64 id = 0;
        stream >> id >> row->name;
        row->id = id;
        row->cells.resize(header.columns);
        row->sortKeys.resize(header.columns);
        for (int c = 0; c < header.columns; ++c)
            stream >> row->cells[c] >> row->sortKeys[c];
        stream >> row->status >> row->search >> row->priceKey >> row->json;
        if (stream.status() != QDataStream::Ok || row->id <= 0 || row->json.isEmpty())
            return fail("a damaged row");
        if (header.sameLayout) {
            out.rows.append(std::move(row));
            continue;
        }
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(row->json, &error).object();
        if (error.error != QJsonParseError::NoError || object.value(QLatin1String("id")).toInteger() != row->id)
            return fail("a damaged object");
        out.rows.append(buildRow(kind, object, row->json, names));
    }
    if (!stream.atEnd())
        return fail("a damaged chunk");
    return out;
}

} // namespace hcloud::ListCacheFile
