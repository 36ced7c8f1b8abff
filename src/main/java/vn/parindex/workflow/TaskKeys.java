package vn.parindex.workflow;

/** Ids of the user tasks in bpmn/, used by the API to complete the right task. */
public final class TaskKeys {

    public static final String SELF_ASSESSMENT = "Task_SelfAssessment";
    public static final String APPRAISAL_ROUND_1 = "Task_AppraisalRound1";
    public static final String EXPLANATION = "Task_Explanation";
    public static final String APPRAISAL_ROUND_2 = "Task_AppraisalRound2";
    public static final String IMPORT_SURVEY = "Task_ImportSurvey";
    public static final String REVIEW_PRELIMINARY = "Task_ReviewPreliminaryResults";
    public static final String APPROVE_RESULTS = "Task_ApproveResults";
    public static final String COUNCIL_REVISION = "Task_CouncilRevision";
    public static final String DECIDE_COMPLAINT = "Task_DecideComplaint";

    private TaskKeys() {
    }
}
