#pragma once

#include "core/palette/palettesearch.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QStandardItemModel;

namespace hcloud {

// Ctrl+K: type a name, IP, label or id of any loaded object, or an action
// and its object ("reboot web-3"); Return goes there or does it. Searches
// what the window has in memory; a keystroke sends nothing.
class PaletteDialog : public QDialog
{
    Q_OBJECT
public:
    PaletteDialog(QVector<PaletteTarget> targets, QVector<PaletteCommand> commands, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultView() const { return m_results; }

signals:
    // commandId is "" to open the object.
    void chosen(const hcloud::PaletteTarget &target, const QString &commandId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void choose();

    QVector<PaletteTarget> m_targets;
    QVector<PaletteCommand> m_commands;
    QVector<PaletteMatch> m_matches;
    QLineEdit *m_query;
    QListView *m_results;
    QStandardItemModel *m_model;
};

} // namespace hcloud
