#include "ui/layout/dialogfit.h"

#include <QDialog>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>

namespace hcloud {

namespace {

class DialogFitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *dialog = static_cast<QDialog *>(watched);
            fit(dialog);
            dialog->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    static void fit(QDialog *dialog)
    {
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            const QFontMetrics fm(edit->font());
            const QString longest = edit->text().size() > edit->placeholderText().size() ? edit->text()
                                                                                           : edit->placeholderText();
            const int wanted = qMin(fm.horizontalAdvance(longest), fm.averageCharWidth() * 80) + fm.averageCharWidth() * 4;
            if (edit->width() < wanted && edit->isVisibleTo(dialog))
                edit->setMinimumWidth(wanted);
        }
        for (QTableView *table : dialog->findChildren<QTableView *>()) {
            const QHeaderView *header = table->horizontalHeader();
            int wanted = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
            for (int c = 0; c < header->count(); ++c)
                wanted += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
            if (table->verticalHeader()->isVisible())
                wanted += table->verticalHeader()->width();
            if (table->width() < wanted)
                table->setMinimumWidth(wanted);
        }
        QSize size = dialog->sizeHint().expandedTo(dialog->size());
        if (const QScreen *screen = dialog->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        dialog->resize(size);
    }
};

} // namespace

void fitToContentOnShow(QDialog *dialog)
{
    dialog->installEventFilter(new DialogFitter(dialog));
}

} // namespace hcloud
