#include "ui/window/mainarea.h"

#include "ui/attention/attentionview.h"
#include "ui/resourcetable.h"
#include "ui/welcome/welcomepage.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace hcloud {

MainArea::MainArea(QLabel *banner, ResourceTable *table, QWidget *tabs, WelcomePage *welcome, AttentionView *attention,
                   QWidget *parent)
    : QStackedWidget(parent)
    , m_welcome(welcome)
    , m_attention(attention)
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(banner);
    topLayout->addWidget(table);
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->setObjectName(QStringLiteral("detailsSplitter"));
    lists->addWidget(top);
    lists->addWidget(tabs);
    // The table gets most of the height, and what a larger window adds.
    lists->setStretchFactor(0, 1);
    lists->setStretchFactor(1, 0);
    lists->setSizes({560, 200});
    m_lists = lists;
    addWidget(lists);
    addWidget(welcome);
    addWidget(attention);
}

void MainArea::showPage(bool noProject, bool attention)
{
    setCurrentWidget(noProject ? m_welcome : attention ? m_attention : m_lists);
}

} // namespace hcloud
