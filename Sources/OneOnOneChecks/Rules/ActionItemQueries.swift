import OneOnOneCore

/// Every open action item of a held meeting, template prompts aside.
func openActionItems(_ notebook: Notebook) -> [(Meeting, Item, Action)] {
    notebook.series.flatMap { series in
        series.meetings.filter(\.status.isHeld).flatMap { meeting in
            meeting.items.compactMap { item in
                guard let action = item.action, !action.isDone, !item.isPrompt else { return nil }
                return (meeting, item, action)
            }
        }
    }
}

/// Open action items of held meetings that no later meeting carries over: each commitment's
/// latest open occurrence.
func latestOpenOccurrences(_ series: Series) -> [(Meeting, Item, Action)] {
    series.meetings.filter(\.status.isHeld).flatMap { meeting in
        meeting.items.compactMap { item in
            guard let action = item.action, !action.isDone, !item.isPrompt, action.next?.kind != .carriedOver else { return nil }
            return (meeting, item, action)
        }
    }
}
