import OneOnOneCore

/// Every rule, in the order of PRODUCT.md's catalogue.
public enum RuleCatalogue {
    public static let all: [any Rule.Type] = [
        StatusOnly.self, NoFollowThrough.self, MissedCadence.self, RepeatedCancellation.self,
        ActionItemOwner.self, ActionItemDue.self, OverdueActionItem.self, StaleActionItem.self,
        NoCareerTalk.self, NoUpwardFeedback.self, ManagerDrivenAgenda.self, NoNextSteps.self,
        EmptyMeeting.self, DuplicateMeeting.self, Duration.self, NoCheckIn.self,
        PrivateInShared.self, InvalidFrontMatter.self, UndatedMeeting.self, UnreadableFile.self,
        UnusedSuppression.self,
    ]

    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    public static var ids: [String] { all.map { $0.description.id } }

    public static func description(of id: String) -> RuleDescription? { descriptions.first { $0.id == id } }
}
