#pragma once

#include "core/models/resourcerow.h"

#include <QDateTime>
#include <QVector>

namespace hcloud {

struct ResourceKind;

// The bytes of one kind's cached list: a line that says what it is, a
// QDataStream header, then the rows in chunks that can be read on
// several threads at once. Each row is kept as the table holds it (cells,
// sort keys, search text, price key) with the API's object, so that
// reading 10,000 servers back parses no JSON. Rows of another column
// layout, language or version are worked out again from their JSON.
namespace ListCacheFile {

struct Chunk
{
    qsizetype offset = 0; // into the file's bytes
    qsizetype size = 0;
    int rows = 0;
};

struct Header
{
    QDateTime listedAt;
    int columns = 0;
    bool sameLayout = false; // the cells can be shown as they are
    QVector<Chunk> chunks;
    QString problem; // why the file cannot be used
};

struct Rows
{
    QVector<ResourceRow> rows;
    QString problem;
};

QByteArray encode(const ResourceKind &kind, const QVector<ResourceRow> &rows, const QDateTime &listedAt);
Header readHeader(const QByteArray &bytes, const ResourceKind &kind);
Rows readChunk(const QByteArray &bytes, const Header &header, int chunk, const ResourceKind &kind,
               const NameIndex &names);

} // namespace ListCacheFile

} // namespace hcloud
