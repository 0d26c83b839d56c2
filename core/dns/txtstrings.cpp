#include "core/dns/txtstrings.h"

namespace hcloud::dns {

namespace {

// Unescapes the content of one quoted string into bytes.
QByteArray unescaped(const QString &content)
{
    const QByteArray in = content.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out.append(in.at(i));
            continue;
        }
        if (i + 3 < in.size() + 0 && std::isdigit(uchar(in.at(i + 1))) && std::isdigit(uchar(in.at(i + 2))) && std::isdigit(uchar(in.at(i + 3)))) {
            out.append(char(in.mid(i + 1, 3).toInt()));
            i += 3;
        } else {
            out.append(in.at(++i));
        }
    }
    return out;
}

} // namespace

QStringList txtStrings(const QString &value, bool *ok)
{
    QStringList strings;
    bool good = true;
    qsizetype i = 0;
    while (i < value.size()) {
        if (value.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (value.at(i) != QLatin1Char('"')) {
            good = false;
            break;
        }
        qsizetype end = i + 1;
        while (end < value.size() && value.at(end) != QLatin1Char('"'))
            end += value.at(end) == QLatin1Char('\\') ? 2 : 1;
        if (end >= value.size()) {
            good = false;
            break;
        }
        strings.append(value.mid(i, end - i + 1));
        i = end + 1;
    }
    if (ok)
        *ok = good;
    return strings;
}

int txtStringBytes(const QString &quoted)
{
    return int(unescaped(quoted.mid(1, quoted.size() - 2)).size());
}

QString plainTxt(const QString &value)
{
    QByteArray bytes;
    for (const QString &s : txtStrings(value))
        bytes += unescaped(s.mid(1, s.size() - 2));
    return QString::fromUtf8(bytes);
}

QString quotedTxt(const QString &text)
{
    bool ok = false;
    const QStringList already = txtStrings(text, &ok);
    if (ok && !already.isEmpty()) {
        bool fits = true;
        for (const QString &s : already)
            fits = fits && txtStringBytes(s) <= 255;
        if (fits)
            return already.join(QLatin1Char(' '));
        return quotedTxt(plainTxt(text));
    }
    // Byte by byte, a chunk closes before 255 bytes would be exceeded; a
    // UTF-8 sequence stays whole.
    const QByteArray bytes = text.toUtf8();
    QStringList chunks;
    QByteArray chunk;
    int chunkBytes = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        qsizetype length = 1;
        const uchar lead = uchar(bytes.at(i));
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        length = std::min(length, bytes.size() - i);
        if (chunkBytes + length > 255) {
            chunks.append(QString::fromUtf8(chunk));
            chunk.clear();
            chunkBytes = 0;
        }
        const QByteArray piece = bytes.mid(i, length);
        chunk += (piece == "\"" || piece == "\\") ? QByteArray("\\") + piece : piece;
        chunkBytes += int(length);
        i += length;
    }
    if (!chunk.isEmpty() || chunks.isEmpty())
        chunks.append(QString::fromUtf8(chunk));
    for (QString &c : chunks)
        c = QLatin1Char('"') + c + QLatin1Char('"');
    return chunks.join(QLatin1Char(' '));
}

} // namespace hcloud::dns
