// SPDX-License-Identifier: Apache-2.0
#include "periodicrefresh.h"

#include "backend.h"
#include "changenoticetext.h"
#include "consolesettings.h"
#include "noticebanner.h"
#include "snapshotdiff.h"

#include <QActionGroup>
#include <QMenu>

namespace gui {

PeriodicRefresh::PeriodicRefresh(ConsoleSettings &settings, NoticeBanner *banner, QObject *parent)
    : QObject(parent), m_settings(settings), m_banner(banner)
{
    connect(&m_timer, &QTimer::timeout, this, &PeriodicRefresh::tick);
}

int PeriodicRefresh::intervalSeconds() const { return m_settings.remoteRefreshSeconds(); }

void PeriodicRefresh::setBackend(model::Backend *backend)
{
    m_backend = backend;
    m_baseline.reset();
    m_compareNext = false;
    if (backend) // a write of this console: its refresh is not news
        connect(backend, &model::Backend::stateChanged, this, [this] { m_compareNext = false; });
    update();
}

void PeriodicRefresh::setIntervalSeconds(int seconds)
{
    m_settings.setRemoteRefreshSeconds(std::max(0, seconds));
    if (m_choices)
        for (QAction *a : m_choices->actions())
            a->setChecked(a->data().toInt() == intervalSeconds());
    update();
}

void PeriodicRefresh::update()
{
    const int seconds = intervalSeconds();
    if (seconds <= 0 || !m_backend || m_backend->kind() != model::Backend::Kind::Remote) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
}

void PeriodicRefresh::tick()
{
    if (m_busy && m_busy())
        return; // the next tick tries again
    m_compareNext = m_baseline != nullptr;
    emit refreshNeeded();
}

void PeriodicRefresh::snapshotApplied(const model::SnapshotPtr &snapshot)
{
    const bool compare = m_compareNext && m_baseline && snapshot && snapshot->podCount() > 0;
    m_compareNext = false;
    const model::SnapshotPtr before = std::exchange(m_baseline, snapshot);
    if (!compare || before->podCount() == 0)
        return; // the first load, or an empty view while connecting
    const QString text = model::ChangeNoticeText::describe(model::SnapshotDiff::between(*before, *snapshot));
    if (text.isEmpty())
        return;
    m_banner->showNotice(NoticeBanner::Kind::Info, text);
    emit noticeShown(text);
}

QMenu *PeriodicRefresh::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Refresh Remote &Cloud"), parent);
    menu->setToolTip(tr("Load a remote cloud again on a timer and tell what changed on the server"));
    m_choices = new QActionGroup(menu);
    const std::pair<QString, int> choices[] = {{tr("&Off"), 0},
                                               {tr("Every &30 seconds"), 30},
                                               {tr("Every &minute"), 60},
                                               {tr("Every &5 minutes"), 300},
                                               {tr("Every &15 minutes"), 900}};
    for (const auto &[text, seconds] : choices) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setData(seconds);
        a->setChecked(seconds == intervalSeconds());
        m_choices->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds = seconds] { setIntervalSeconds(seconds); });
    }
    return menu;
}

} // namespace gui
