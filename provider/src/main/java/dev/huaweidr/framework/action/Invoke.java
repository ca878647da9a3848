package dev.huaweidr.framework.action;

import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.resource.Operation;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.StopSignal;
import dev.huaweidr.framework.value.Value;
import java.util.function.Consumer;

/** One run of an action; each {@link #progress} line appears in Terraform's output as the action goes. */
public final class Invoke extends Operation {
    private final ObjectData config;
    private final Consumer<String> progress;

    public Invoke(StopSignal stop, ProviderData provider, Value config, Consumer<String> progress) {
        super(stop, provider);
        this.config = new ObjectData(config);
        this.progress = progress;
    }

    public ObjectData config() {
        return config;
    }

    /**
     * Shows {@code message} to the user, as "Action action.T.N (triggered by ...): message", once a second has
     * passed since the previous line (waiting until then); after a stop, not at all.
     */
    public void progress(String message) {
        progress.accept(message);
    }
}
