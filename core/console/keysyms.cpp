#include "core/console/keysyms.h"

#include <QHash>
#include <Qt>

namespace hcloud::keysyms {

namespace {

const QHash<int, quint32> &named()
{
    static const QHash<int, quint32> table = [] {
        QHash<int, quint32> t{
            {Qt::Key_Backspace, kBackSpace}, {Qt::Key_Tab, kTab}, {Qt::Key_Backtab, kTab},
            {Qt::Key_Return, kReturn}, {Qt::Key_Enter, 0xff8d}, {Qt::Key_Escape, kEscape},
            {Qt::Key_Insert, 0xff63}, {Qt::Key_Delete, kDelete}, {Qt::Key_Pause, 0xff13},
            {Qt::Key_Print, kPrint}, {Qt::Key_SysReq, 0xff15}, {Qt::Key_Home, 0xff50},
            {Qt::Key_End, 0xff57}, {Qt::Key_Left, 0xff51}, {Qt::Key_Up, 0xff52},
            {Qt::Key_Right, 0xff53}, {Qt::Key_Down, 0xff54}, {Qt::Key_PageUp, 0xff55},
            {Qt::Key_PageDown, 0xff56}, {Qt::Key_Shift, kShiftL}, {Qt::Key_Control, kControlL},
            {Qt::Key_Meta, kSuperL}, {Qt::Key_Alt, kAltL}, {Qt::Key_AltGr, 0xfe03},
            {Qt::Key_CapsLock, 0xffe5}, {Qt::Key_NumLock, 0xff7f}, {Qt::Key_ScrollLock, 0xff14},
            {Qt::Key_Menu, 0xff67}, {Qt::Key_Super_L, kSuperL}, {Qt::Key_Super_R, 0xffec},
        };
        for (int i = 0; i < 24; ++i)
            t.insert(Qt::Key_F1 + i, kF1 + quint32(i));
        return t;
    }();
    return table;
}

} // namespace

quint32 forCharacter(QChar ch)
{
    if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
        return kReturn;
    if (ch == QLatin1Char('\t'))
        return kTab;
    const ushort code = ch.unicode();
    if (code < 0x20 || (code >= 0x7f && code < 0xa0))
        return 0;
    if (code <= 0xff)
        return code;
    return 0x01000000u + code;
}

quint32 forKey(int qtKey, const QString &text)
{
    const auto it = named().constFind(qtKey);
    if (it != named().constEnd())
        return *it;
    // With Ctrl held the text is a control character: send the key's letter.
    if (!text.isEmpty() && text.at(0).unicode() >= 0x20)
        return forCharacter(text.at(0));
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
        return quint32('a' + (qtKey - Qt::Key_A));
    if (qtKey >= 0x20 && qtKey <= 0xff)
        return quint32(QChar(qtKey).toLower().unicode());
    return 0;
}

} // namespace hcloud::keysyms
