import OneOnOneCore

/// Every open action item of a held meeting, template prompts aside. Lazy, like the query
/// below: a note with a million items is walked, never copied.
func openActionItems(_ notebook: Notebook) -> some Sequence<(Meeting, Item, Action)> {
    notebook.series.lazy.flatMap { series in
        series.meetings.lazy.filter(\.status.isHeld).flatMap { meeting in
            meeting.items.lazy.compactMap { item in
                guard let action = item.action, !action.isDone, !item.isPrompt else { return nil }
                return (meeting, item, action)
            }
        }
    }
}

/// Open action items of held meetings that no later meeting carries over: each commitment's
/// latest open occurrence.
func latestOpenOccurrences(_ series: Series) -> some Sequence<(Meeting, Item, Action)> {
    series.meetings.lazy.filter(\.status.isHeld).flatMap { meeting in
        meeting.items.lazy.compactMap { item in
            guard let action = item.action, !action.isDone, !item.isPrompt, action.next?.kind != .carriedOver else { return nil }
            return (meeting, item, action)
        }
    }
}
