#include "ui/palette/palettedialog.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hcloud {

PaletteDialog::PaletteDialog(QVector<PaletteTarget> targets, QVector<PaletteCommand> commands, QWidget *parent)
    : QDialog(parent)
    , m_targets(std::move(targets))
    , m_commands(std::move(commands))
    , m_query(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    setWindowTitle(tr("Go to or do"));
    m_query->setPlaceholderText(tr("Name, IP, label or id; or an action first: “reboot web-3”"));
    m_query->setAccessibleName(tr("Find"));
    m_query->setClearButtonEnabled(true);
    m_results->setModel(m_model);
    m_results->setAccessibleName(tr("Matches"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the query
    auto *hint = new QLabel(tr("↑ ↓ to choose, Return to go there or do it, Esc to close."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 24);

    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &PaletteDialog::search);
    connect(m_query, &QLineEdit::returnPressed, this, &PaletteDialog::choose);
    connect(m_results, &QListView::activated, this, &PaletteDialog::choose);
}

void PaletteDialog::search()
{
    m_matches = searchPalette(m_targets, m_commands, m_query->text());
    // A few dozen rows at most, replaced as the query changes.
    m_model->clear();
    for (const PaletteMatch &match : std::as_const(m_matches)) {
        const PaletteTarget &t = m_targets.at(match.target);
        const QString where = tr("%1 › %2").arg(t.projectName, t.kindTitle);
        const QString text = match.command < 0 ? tr("%1 — %2").arg(t.name, where)
                                               : tr("%1 %2 — %3").arg(m_commands.at(match.command).text, t.name, where);
        auto *item = new QStandardItem(text);
        item->setToolTip(tr("id %1").arg(t.id));
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void PaletteDialog::choose()
{
    const int row = m_results->currentIndex().row();
    if (row < 0 || row >= m_matches.size())
        return;
    const PaletteMatch match = m_matches.at(row);
    const PaletteTarget target = m_targets.at(match.target);
    const QString command = match.command < 0 ? QString() : m_commands.at(match.command).id;
    accept();
    emit chosen(target, command);
}

bool PaletteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_results, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hcloud
