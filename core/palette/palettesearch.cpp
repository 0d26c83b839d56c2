#include "core/palette/palettesearch.h"

#include <algorithm>

namespace hcloud {

namespace {

// How well the words find the target; < 0: not at all.
int scoreOf(const PaletteTarget &t, const QStringList &words)
{
    if (words.isEmpty())
        return 50;
    const QString name = t.name.toLower();
    const QString joined = words.join(QLatin1Char(' '));
    if (name == joined || QString::number(t.id) == joined)
        return 0;
    for (const QString &w : words) {
        if (!name.contains(w) && !t.haystack.contains(w) && !QString::number(t.id).startsWith(w))
            return -1;
    }
    // The name typed whole beats a name that only starts so ("web-1" before "web-10").
    if (words.contains(name))
        return 5;
    if (name.startsWith(joined))
        return 10;
    for (const QString &w : words) {
        if (name.startsWith(w))
            return 15;
    }
    if (name.contains(joined))
        return 20;
    return 30;
}

} // namespace

QVector<PaletteMatch> searchPalette(const QVector<PaletteTarget> &targets, const QVector<PaletteCommand> &commands,
                                    const QString &query, int limit)
{
    const QStringList words = query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVector<PaletteMatch> matches;
    if (words.isEmpty())
        return matches;

    // Commands the query starts with: "reb web", "power off db-1".
    struct Verb
    {
        int command;
        QStringList rest;
    };
    QVector<Verb> verbs;
    for (int c = 0; c < commands.size(); ++c) {
        const QString text = commands.at(c).text.toLower();
        // The longest start that the command's text begins with.
        for (int k = std::min<int>(3, int(words.size())); k >= 1; --k) {
            const QString typed = words.mid(0, k).join(QLatin1Char(' '));
            if (typed.size() >= 3 && text.startsWith(typed)) {
                verbs.append({c, words.mid(k)});
                break;
            }
        }
    }

    for (int t = 0; t < targets.size(); ++t) {
        const PaletteTarget &target = targets.at(t);
        for (const Verb &verb : std::as_const(verbs)) {
            if (commands.at(verb.command).kind != target.kind)
                continue;
            const int score = scoreOf(target, verb.rest);
            if (score >= 0)
                matches.append({t, verb.command, score});
        }
        const int score = scoreOf(target, words);
        if (score >= 0)
            matches.append({t, -1, score + 1}); // a command typed out comes first
    }
    std::stable_sort(matches.begin(), matches.end(), [&](const PaletteMatch &a, const PaletteMatch &b) {
        if (a.score != b.score)
            return a.score < b.score;
        return QString::localeAwareCompare(targets.at(a.target).name, targets.at(b.target).name) < 0;
    });
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

} // namespace hcloud
