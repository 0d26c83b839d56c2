#include "core/sim/consoleauth.h"

#include <array>
#include <cstdint>

namespace hcloud::sim::consoleauth {

namespace {

// The tables of FIPS 46-3, positions counted from 1 at the most
// significant bit.
const std::uint8_t kIp[64] = {58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4,
                              62, 54, 46, 38, 30, 22, 14, 6, 64, 56, 48, 40, 32, 24, 16, 8,
                              57, 49, 41, 33, 25, 17, 9,  1, 59, 51, 43, 35, 27, 19, 11, 3,
                              61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7};
const std::uint8_t kE[48] = {32, 1,  2,  3,  4,  5,  4,  5,  6,  7,  8,  9,  8,  9,  10, 11,
                             12, 13, 12, 13, 14, 15, 16, 17, 16, 17, 18, 19, 20, 21, 20, 21,
                             22, 23, 24, 25, 24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1};
const std::uint8_t kP[32] = {16, 7, 20, 21, 29, 12, 28, 17, 1,  15, 23, 26, 5,  18, 31, 10,
                             2,  8, 24, 14, 32, 27, 3,  9,  19, 13, 30, 6,  22, 11, 4,  25};
const std::uint8_t kPc1[56] = {57, 49, 41, 33, 25, 17, 9,  1,  58, 50, 42, 34, 26, 18,
                               10, 2,  59, 51, 43, 35, 27, 19, 11, 3,  60, 52, 44, 36,
                               63, 55, 47, 39, 31, 23, 15, 7,  62, 54, 46, 38, 30, 22,
                               14, 6,  61, 53, 45, 37, 29, 21, 13, 5,  28, 20, 12, 4};
const std::uint8_t kPc2[48] = {14, 17, 11, 24, 1,  5,  3,  28, 15, 6,  21, 10, 23, 19, 12, 4,
                               26, 8,  16, 7,  27, 20, 13, 2,  41, 52, 31, 37, 47, 55, 30, 40,
                               51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32};
const std::uint8_t kShifts[16] = {1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1};
// The S-boxes, one hex digit an entry: four rows of sixteen, apart by a space.
const char *const kS[8] = {
    "E4D12FB83A6C5907 0F74E2D1A6CB9538 41E8D62BFC973A50 FC8249175B3EA06D",
    "F18E6B34972DC05A 3D47F28EC01A69B5 0E7BA4D158C6932F D8A13F42B67C05E9",
    "A09E63F51DC7B428 D709346A285ECBF1 D6498F30B12C5AE7 1AD069874FE3B52C",
    "7DE3069A1285BC4F D8B56F03472C1AE9 A690CB7DF13E5284 3F06A1D8945BC72E",
    "2C417AB6853FD0E9 EB2C47D150FA3986 421BAD78F9C5630E B8C71E2D6F09A453",
    "C1AF92680D34E75B AF427C9561DE0B38 9EF528C3704A1DB6 432C95FABE17608D",
    "4B2EF08D3C975A61 D0B7491AE35C2F86 14BDC37EAF680592 6BD814A7950FE23C",
    "D2846FB1A93E50C7 1FD8A374C56B0E92 7B419CE206ADF358 21E74A8DFC90356B",
};

unsigned sbox(int box, unsigned row, unsigned column)
{
    const char digit = kS[box][row * 17 + column];
    return unsigned(digit <= '9' ? digit - '0' : digit - 'A' + 10);
}

// The final permutation undoes the initial one.
const std::array<std::uint8_t, 64> &finalPermutation()
{
    static const std::array<std::uint8_t, 64> table = [] {
        std::array<std::uint8_t, 64> inverse{};
        for (int i = 0; i < 64; ++i)
            inverse[kIp[i] - 1] = std::uint8_t(i + 1);
        return inverse;
    }();
    return table;
}

// Picks bits of `in` (of width `inBits`) in the order `table` gives.
quint64 permute(quint64 in, int inBits, const std::uint8_t *table, int outBits)
{
    quint64 out = 0;
    for (int i = 0; i < outBits; ++i)
        out = (out << 1) | ((in >> (inBits - table[i])) & 1u);
    return out;
}

quint32 rotate28(quint32 half, int by)
{
    return ((half << by) | (half >> (28 - by))) & 0x0FFFFFFFu;
}

quint32 feistel(quint32 right, quint64 subkey)
{
    const quint64 mixed = permute(right, 32, kE, 48) ^ subkey;
    quint32 out = 0;
    for (int box = 0; box < 8; ++box) {
        const unsigned six = unsigned(mixed >> (42 - 6 * box)) & 0x3Fu;
        const unsigned row = ((six & 0x20u) >> 4) | (six & 1u);
        const unsigned column = (six >> 1) & 0xFu;
        out = (out << 4) | sbox(box, row, column);
    }
    return quint32(permute(out, 32, kP, 32));
}

std::uint8_t reversed(std::uint8_t byte)
{
    std::uint8_t out = 0;
    for (int i = 0; i < 8; ++i)
        out = std::uint8_t((out << 1) | ((byte >> i) & 1u));
    return out;
}

} // namespace

quint64 desEncrypt(quint64 block, quint64 key)
{
    const quint64 cd = permute(key, 64, kPc1, 56);
    quint32 c = quint32(cd >> 28) & 0x0FFFFFFFu;
    quint32 d = quint32(cd) & 0x0FFFFFFFu;
    const quint64 ip = permute(block, 64, kIp, 64);
    quint32 left = quint32(ip >> 32);
    quint32 right = quint32(ip);
    for (int round = 0; round < 16; ++round) {
        c = rotate28(c, kShifts[round]);
        d = rotate28(d, kShifts[round]);
        const quint64 subkey = permute((quint64(c) << 28) | d, 56, kPc2, 48);
        const quint32 next = left ^ feistel(right, subkey);
        left = right;
        right = next;
    }
    // The halves swap once more after the last round.
    return permute((quint64(right) << 32) | left, 64, finalPermutation().data(), 64);
}

QByteArray vncResponse(const QByteArray &challenge, const QByteArray &password)
{
    quint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | reversed(i < password.size() ? std::uint8_t(password.at(i)) : 0);
    QByteArray out;
    for (int offset = 0; offset + 8 <= challenge.size(); offset += 8) {
        quint64 block = 0;
        for (int i = 0; i < 8; ++i)
            block = (block << 8) | std::uint8_t(challenge.at(offset + i));
        const quint64 encrypted = desEncrypt(block, key);
        for (int i = 7; i >= 0; --i)
            out.append(char((encrypted >> (8 * i)) & 0xFFu));
    }
    return out;
}

} // namespace hcloud::sim::consoleauth
