// SPDX-License-Identifier: Apache-2.0
#include "busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStringList>

namespace gui {

BusyIndicator::BusyIndicator(QWidget *parent) : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0); // running, no percentage
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(fontMetrics().height());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelay);
    connect(&m_delay, &QTimer::timeout, this, [this] { setShown(isBusy()); });
    QWidget::setVisible(false);
}

void BusyIndicator::begin(const QString &key, const QString &text)
{
    const bool wasBusy = isBusy();
    m_work.insert(key, text);
    ++m_started[key];
    if (!wasBusy)
        m_delay.start(); // the delay counts from the moment the console became busy
    update();
}

void BusyIndicator::end(const QString &key)
{
    if (!m_work.remove(key))
        return;
    if (!isBusy()) {
        m_delay.stop();
        setShown(false);
    }
    update();
}

QString BusyIndicator::text() const
{
    QStringList texts = m_work.values();
    texts.removeDuplicates();
    return texts.join(QStringLiteral("; "));
}

void BusyIndicator::update()
{
    m_label->setText(text());
    setToolTip(text());
}

void BusyIndicator::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    QWidget::setVisible(shown);
    emit shownChanged(shown);
}

} // namespace gui
