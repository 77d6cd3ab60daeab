// SPDX-License-Identifier: Apache-2.0
#pragma once

// A Prompter for tests: confirmations answered from a queue, failures
// recorded, dialogs handed to a driver that fills them in and accepts or
// rejects (screenshots taken on the way) instead of a modal loop.

#include "prompter.h"

#include <QDialog>
#include <QQueue>
#include <QStringList>

#include <functional>

class TestPrompter final : public gui::Prompter
{
public:
    using Driver = std::function<int(QDialog &)>;

    QQueue<bool> answers;       // for confirm(); empty: "No"
    QStringList questions;      // texts of confirm()
    QStringList failures;       // texts of actionFailed()
    QQueue<Driver> drivers;     // for run(); empty: reject
    QString savePath;           // for saveFileName(); empty: cancelled
    QStringList saveTitles;     // titles of saveFileName()

    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answers.isEmpty() ? false : answers.dequeue();
    }
    void actionFailed(QWidget *, const QString &, const QString &text) override { failures << text; }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        saveTitles << title;
        return savePath;
    }
    int run(QDialog &dialog) override
    {
        if (drivers.isEmpty())
            return QDialog::Rejected;
        dialog.show();
        const int result = drivers.dequeue()(dialog);
        dialog.hide();
        return result;
    }
};
