#include "core/sim/consolescreen.h"

#include "core/sim/consolefont.h"

#include <algorithm>

namespace hcloud::sim {

ConsoleScreen::ConsoleScreen()
{
    clear();
}

void ConsoleScreen::clear()
{
    m_lines = QStringList();
    for (int i = 0; i < kRows; ++i)
        m_lines.append(QString());
    m_row = 0;
    m_column = 0;
    for (int i = 0; i < kRows; ++i)
        touch(i);
}

void ConsoleScreen::touch(int row)
{
    ++m_versions[row];
}

void ConsoleScreen::newline()
{
    touch(m_row);
    m_column = 0;
    if (m_row + 1 < kRows) {
        ++m_row;
    } else {
        m_lines.removeFirst();
        m_lines.append(QString());
        for (int i = 0; i < kRows; ++i)
            touch(i);
    }
    touch(m_row);
}

void ConsoleScreen::write(const QString &text)
{
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n')) {
            newline();
            continue;
        }
        if (m_column >= kColumns)
            newline();
        QString &line = m_lines[m_row];
        line.append(ch);
        m_column = int(line.size());
        touch(m_row);
    }
}

void ConsoleScreen::backspace()
{
    QString &line = m_lines[m_row];
    if (line.isEmpty())
        return;
    line.chop(1);
    m_column = int(line.size());
    touch(m_row);
}

quint32 ConsoleScreen::pixel(int x, int y) const
{
    const int column = x / kCellWidth;
    const int row = y / kCellHeight;
    if (column < 0 || row < 0 || column >= kColumns || row >= kRows)
        return kBackground;
    const int dx = x % kCellWidth;
    const int dy = y % kCellHeight;
    if (row == m_row && column == m_column)
        return dy >= kCellHeight - 2 && dx < 10 ? kForeground : kBackground;
    const QString &line = m_lines.at(row);
    if (column >= line.size() || dx >= 2 * consolefont::kDotsWide || dy < 2 || dy >= 2 + 2 * consolefont::kDotsHigh)
        return kBackground;
    const auto rows = consolefont::glyph(line.at(column));
    const int dot = dx / 2;
    const bool on = rows[(dy - 2) / 2] & (1u << (consolefont::kDotsWide - 1 - dot));
    return on ? kForeground : kBackground;
}

void ConsoleScreen::scanline(int y, int x, int count, quint32 *out) const
{
    const int row = y / kCellHeight;
    const int dy = y % kCellHeight;
    const bool inGlyph = dy >= 2 && dy < 2 + 2 * consolefont::kDotsHigh;
    if (row < 0 || row >= kRows) {
        std::fill(out, out + count, kBackground);
        return;
    }
    const QString &line = m_lines.at(row);
    int column = -1;
    std::uint8_t bits = 0;
    for (int i = 0; i < count; ++i) {
        const int px = x + i;
        if (px / kCellWidth != column) {
            column = px / kCellWidth;
            bits = inGlyph && column < line.size() ? consolefont::glyph(line.at(column))[(dy - 2) / 2] : 0;
        }
        const int dx = px % kCellWidth;
        if (row == m_row && column == m_column)
            out[i] = dy >= kCellHeight - 2 && dx < 10 ? kForeground : kBackground;
        else
            out[i] = dx < 2 * consolefont::kDotsWide && (bits & (1u << (consolefont::kDotsWide - 1 - dx / 2)))
                ? kForeground
                : kBackground;
    }
}

} // namespace hcloud::sim
