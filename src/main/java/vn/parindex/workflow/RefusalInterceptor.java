package vn.parindex.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.http.HttpStatus;
import vn.parindex.web.UserFacingException;

/**
 * Outermost around every command, after its transaction has rolled back: a refusal thrown by a listener or delegate
 * arrives wrapped by the engine, which the REST API of the engine and the Tasklist would answer with 500. It is
 * re-thrown as an exception they answer with 403 or 400 and its Vietnamese message, keeping the refusal as cause
 * for {@code /api}, which answers with its own status. Users may not throw BPMN errors or escalations from tasks.
 */
class RefusalInterceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    RefusalInterceptor(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if ((command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd)
                && EngineUser.current(configuration).filter(user -> !user.admin()).isPresent()) {
            throw engineRefusal(UserFacingException.forbidden(
                    "Không được kết thúc công việc bằng lỗi hoặc sự kiện nghiệp vụ; hãy hoàn thành công việc trong biểu mẫu."));
        }
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
    }

    /** The refusal in the exception's causes, as the engine's REST API answers it; else the exception itself. */
    private static RuntimeException unwrapped(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Forbidden || t instanceof Refused) {
                return (RuntimeException) t;
            }
            if (t instanceof UserFacingException refusal) {
                return engineRefusal(refusal);
            }
        }
        return e;
    }

    private static RuntimeException engineRefusal(UserFacingException refusal) {
        return refusal.status() == HttpStatus.FORBIDDEN ? new Forbidden(refusal) : new Refused(refusal);
    }

    /** Answered 403 by the engine's REST API. */
    static final class Forbidden extends AuthorizationException {
        Forbidden(UserFacingException refusal) {
            super(refusal.getMessage());
            initCause(refusal);
        }
    }

    /**
     * Answered 400 by the engine's REST API when completing a task or submitting its form, the commands in which a
     * model's listeners and delegates refuse (it knows no 409, and answers other engine exceptions there with 500).
     */
    static final class Refused extends FormFieldValidationException {
        Refused(UserFacingException refusal) {
            super(null, refusal.getMessage(), refusal);
        }
    }
}
